package org.backchannel.web.actor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.backchannel.actor.ActorPage;
import org.backchannel.actor.ActorReadService;
import org.backchannel.actor.ActorSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backchannel.model.NotFoundException;
import org.backchannel.model.PageText;
import org.backchannel.caching.CacheTags;
import org.backchannel.caching.CachedResponse;

import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The actor list, grouped by country, and each actor's page.
 */
@PageController
class ActorController {

	/** How many actors a page of the list shows. */
	static final int PAGE_SIZE = 100;

	private final ActorReadService actors;

	private final ActorDetailReader details;

	ActorController(ActorReadService actors, ActorDetailReader details) {
		this.actors = actors;
		this.details = details;
	}

	/**
	 * The actor list, in keyset pages of {@value #PAGE_SIZE}: a page's cost does not grow
	 * with the number of actors (issue 28: all 3,000 of the benchmark took over a second
	 * to render).
	 */
	@CachedResponse
	@GetMapping("/actors")
	String listActors(@RequestParam(name = "after", required = false) String after, Model model) {
		boolean firstPage = after == null || after.isBlank();
		ActorPage page = this.actors.findActorPage(firstPage ? null : after.strip(), PAGE_SIZE);
		Map<String, List<ActorSummary>> byCountry = new LinkedHashMap<>();
		for (ActorSummary actor : page.items()) {
			String country = (actor.country() != null) ? actor.country() : "";
			byCountry.computeIfAbsent(country, (key) -> new ArrayList<>()).add(actor);
		}
		model.addAttribute("countries", byCountry);
		model.addAttribute("nextUrl",
				(page.nextAfter() != null) ? UriComponentsBuilder.fromPath("/actors")
					.queryParam("after", page.nextAfter())
					.encode()
					.build()
					.toUriString() : null);
		model.addAttribute("firstPage", firstPage);
		model.addAttribute("pageTitleKey", "actors.title");
		model.addAttribute("pageDescriptionKey", "actors.intro");
		model.addAttribute("activeNav", "actors");
		return "actors/actorList";
	}

	@CachedResponse(tagged = true)
	@GetMapping("/actors/{slug}")
	String showActor(@PathVariable String slug, Model model) {
		ActorDetail actor = this.details.find(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		// The actor's own rows touch everything; its events and counterparts, its tag.
		CacheTags.dependOn(CacheTags.actor(actor.slug()));
		model.addAttribute("actor", actor);
		// this page's events as data: the exports and the API filtered to it
		String exportQuery = "?actor=" + URLEncoder.encode(actor.slug(), StandardCharsets.UTF_8);
		model.addAttribute("exportQuery", exportQuery);
		model.addAttribute("apiUrl", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				+ "/api/events" + exportQuery);
		model.addAttribute("pageTitle", actor.name());
		model.addAttribute("pageDescription", PageText.description(
				(actor.description() != null && !actor.description().isBlank()) ? actor.description() : actor.name()));
		model.addAttribute("pageType", "profile");
		// Dates read in English, like PartialDate.text() and the messages.
		model.addAttribute("dateLocale", Locale.ENGLISH);
		model.addAttribute("eventsShown", ActorDetailReader.EVENTS_SHOWN);
		model.addAttribute("counterpartsShown", ActorReadService.COUNTERPARTS_SHOWN);
		model.addAttribute("activeNav", "actors");
		return "actors/actorDetails";
	}

}
