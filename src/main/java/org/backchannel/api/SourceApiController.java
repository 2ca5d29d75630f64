package org.backchannel.api;

import org.backchannel.source.SourceDetail;
import org.backchannel.source.SourceService;
import org.backchannel.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sources")
class SourceApiController {

	private final SourceService sources;

	SourceApiController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/{id}")
	SourceDetail showSource(@PathVariable long id) {
		return this.sources.findSource(id).orElseThrow(() -> new NotFoundException("source", id));
	}

}
