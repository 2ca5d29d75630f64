package org.backchannel.web.source;

import org.backchannel.source.SourceDetail;
import org.backchannel.source.SourceReadService;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.PageText;
import org.backchannel.caching.CachedResponse;

import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A source with its archived text, so a reader can check a fact against the report it
 * rests on even when the original page has gone.
 */
@PageController
class SourceController {

	private final SourceReadService sources;

	SourceController(SourceReadService sources) {
		this.sources = sources;
	}

	@CachedResponse
	@GetMapping("/sources/{id}")
	String showSource(@PathVariable String id, Model model) {
		long key;
		try {
			key = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("source", id);
		}
		SourceDetail source = this.sources.findSource(key).orElseThrow(() -> new NotFoundException("source", id));
		model.addAttribute("source", source);
		model.addAttribute("pageTitle", source.title());
		model.addAttribute("pageDescription", PageText.description(source.outlet() + ": " + source.title()));
		return "sources/sourceDetails";
	}

}
