package org.backchannel.web.actor;

import org.backchannel.web.api.ApiController;

import org.backchannel.http.RecordTags;
import org.backchannel.web.api.InvalidParametersException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.actor.ActorKind;
import org.backchannel.actor.ActorReadService;
import org.backchannel.actor.ActorSummary;
import org.backchannel.model.NotFoundException;
import org.backchannel.caching.CacheTags;
import org.backchannel.caching.CachedResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping(path = "/api/actors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actors", description = "People, organizations and government bodies")
class ActorApiController {

	private final ActorReadService actors;

	private final ActorDetailReader details;

	private final RecordTags tags;

	ActorApiController(ActorReadService actors, ActorDetailReader details, RecordTags tags) {
		this.actors = actors;
		this.details = details;
		this.tags = tags;
	}

	@CachedResponse
	@GetMapping
	@Operation(summary = "List actors",
			description = "Actors ordered by country and name, with how many published events each took part in.")
	List<ActorSummary> listActors(
			@Parameter(description = "ISO 3166 alpha-2 country code",
					example = "RU") @RequestParam(required = false) String country,
			@Parameter(description = "Kind of actor",
					schema = @Schema(implementation = ActorKind.class)) @RequestParam(required = false) String kind,
			@Parameter(description = "Part of a name or alias, any case",
					example = "Lavrov") @RequestParam(required = false) String q) {
		ActorKind actorKind = null;
		if (kind != null && !kind.isBlank()) {
			try {
				actorKind = ActorKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
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
		if (q != null && q.length() > 200) {
			throw new InvalidParametersException(Map.of("q", "The search text may be at most 200 characters."));
		}
		return this.actors.findActors(country, actorKind, q);
	}

	@CachedResponse(tagged = true)
	@GetMapping("/{slug}")
	@Operation(summary = "One actor",
			description = "An actor with aliases, roles over time, counterparts (with how many contacts; the "
					+ ActorReadService.COUNTERPARTS_SHOWN + " with the most) and their latest events.")
	ResponseEntity<ActorDetail> showActor(
			@Parameter(description = "The actor's slug", example = "sergei-lavrov") @PathVariable String slug) {
		ActorDetail actor = this.details.find(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		// The actor's own rows touch everything; its events and counterparts, its tag.
		CacheTags.dependOn(CacheTags.actor(actor.slug()));
		return ResponseEntity.ok().eTag(this.tags.of("actor", actor.version(), actor)).body(actor);
	}

}
