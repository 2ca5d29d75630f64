package org.backchannel.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backchannel.system.CachedResponse;
import org.backchannel.system.NotFoundException;
import org.backchannel.system.PageText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The actor list, grouped by country, and each actor's page.
 */
@Controller
class ActorController {

	private final ActorService actors;

	ActorController(ActorService actors) {
		this.actors = actors;
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

	@CachedResponse
	@GetMapping("/actors/{slug}")
	String showActor(@PathVariable String slug, Model model) {
		ActorDetail actor = this.actors.findActor(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		model.addAttribute("actor", actor);
		model.addAttribute("pageTitle", actor.name());
		model.addAttribute("pageDescription", PageText.description(
				(actor.description() != null && !actor.description().isBlank()) ? actor.description() : actor.name()));
		model.addAttribute("pageType", "profile");
		// Dates read in English, like PartialDate.text() and the messages.
		model.addAttribute("dateLocale", Locale.ENGLISH);
		model.addAttribute("eventsShown", ActorService.EVENTS_SHOWN);
		model.addAttribute("activeNav", "actors");
		return "actors/actorDetails";
	}

}
