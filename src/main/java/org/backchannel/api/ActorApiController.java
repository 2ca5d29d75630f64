package org.backchannel.api;

import java.util.List;
import java.util.Map;

import org.backchannel.actor.ActorDetail;
import org.backchannel.actor.ActorKind;
import org.backchannel.actor.ActorService;
import org.backchannel.actor.ActorSummary;
import org.backchannel.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/actors")
class ActorApiController {

	private final ActorService actors;

	ActorApiController(ActorService actors) {
		this.actors = actors;
	}

	@GetMapping
	List<ActorSummary> listActors(@RequestParam(required = false) String country,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String q) {
		ActorKind actorKind = null;
		if (kind != null && !kind.isBlank()) {
			try {
				actorKind = ActorKind.valueOf(kind.strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidParametersException(
						Map.of("kind", "'kind' must be one of PERSON, ORGANIZATION, GOVERNMENT_BODY."));
			}
		}
		if (country != null && !country.isBlank() && !country.strip().matches("[A-Za-z]{2}")) {
			throw new InvalidParametersException(
					Map.of("country", "'country' must be an ISO 3166 alpha-2 code such as US or RU."));
		}
		return this.actors.findActors(country, actorKind, q);
	}

	@GetMapping("/{slug}")
	ActorDetail showActor(@PathVariable String slug) {
		return this.actors.findActor(slug).orElseThrow(() -> new NotFoundException("actor", slug));
	}

}
