package org.backchannel.web.actor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/**
 * The actor list, grouped by country, and each actor's page.
 */
@PageController
class ActorController {

	private final ActorReadService actors;

	private final ActorDetailReader details;

	ActorController(ActorReadService actors, ActorDetailReader details) {
		this.actors = actors;
		this.details = details;
	}

	@CachedResponse
	@GetMapping("/actors")
	String listActors(Model model) {
		Map<String, List<ActorSummary>> byCountry = new LinkedHashMap<>();
		for (ActorSummary actor : this.actors.findActors(null, null, null)) {
			String country = (actor.country() != null) ? actor.country() : "";
			byCountry.computeIfAbsent(country, (key) -> new ArrayList<>()).add(actor);
		}
		model.addAttribute("countries", byCountry);
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
