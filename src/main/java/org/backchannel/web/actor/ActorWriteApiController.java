package org.backchannel.web.actor;

import java.util.function.Function;

import org.backchannel.web.api.ApiController;

import org.backchannel.http.RecordTags;
import org.backchannel.web.api.OpenApiConfiguration;
import org.backchannel.web.api.RecordWriteApi;
import org.backchannel.web.api.RecordWrites;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.actor.ActorData;
import org.backchannel.actor.ActorWriteService;
import org.backchannel.account.Authors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import static org.backchannel.web.api.OpenApiConfiguration.ETAG;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_EXAMPLE;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_MISSING;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_REQUIRED;
import static org.backchannel.web.api.OpenApiConfiguration.INVALID_INPUT;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_ADMIN;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_EDITOR;
import static org.backchannel.web.api.OpenApiConfiguration.STALE;

@ApiController
@RequestMapping("/api/actors")
@Tag(name = "Actors")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
class ActorWriteApiController implements RecordWriteApi {

	private final ActorWriteService actors;

	private final RecordWrites<String, ActorDetail> records;

	ActorWriteApiController(ActorWriteService actors, ActorDetailReader reads, RecordTags tags) {
		this.actors = actors;
		this.records = new RecordWrites<>("actor", "/api/actors/", reads::find,
				(actor) -> tags.of("actor", actor.version(), actor), Function.identity());
	}

	@Override
	public RecordWrites<?, ?> records() {
		return this.records;
	}

	@PostMapping
	@Operation(summary = "Create an actor",
			description = "A new person, organization or government body, public at once. The slug is made from the name "
					+ "when left empty. Roles are titles held from startDate to endDate (YYYY-MM-DD, either open). "
					+ "Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The actor; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = ActorData.class)))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = {
					@Header(name = "Location", description = "The actor's URL in the API",
							schema = @Schema(type = "string", format = "uri-reference")),
					@Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")) },
			content = @Content(schema = @Schema(implementation = ActorWriteService.Saved.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	ResponseEntity<ActorWriteService.Saved> createActor(@RequestBody ActorData body, Authentication user) {
		ActorWriteService.Saved saved = this.actors.create(body, Authors.of(user));
		return this.records.created(saved.slug(), saved);
	}

	@PutMapping("/{slug}")
	@Operation(summary = "Update an actor",
			description = "Replaces the actor's name, kind, country, description, aliases and roles with the body, "
					+ "provided nobody changed the actor since the version in If-Match. The slug cannot change. Needs "
					+ "the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The whole actor as it should be; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = ActorData.class)))
	@ApiResponse(responseCode = "200", description = "Updated",
			headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = ActorWriteService.Saved.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	@ApiResponse(responseCode = "404", description = "No actor with this slug")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	ResponseEntity<ActorWriteService.Saved> updateActor(
			@Parameter(description = "The actor's slug", example = "sergei-lavrov") @PathVariable String slug,
			@RequestBody ActorData body,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		ActorDetail current = this.records.require(slug, ifMatch);
		ActorWriteService.Saved saved = this.actors.update(slug, body, current.version(), Authors.of(user));
		return this.records.changed(slug, saved);
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Delete an actor",
			description = "Deletes an actor nobody refers to; one named in any event or proposal stays (409). Needs the "
					+ "ADMIN role.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = NEEDS_ADMIN)
	@ApiResponse(responseCode = "404", description = "No actor with this slug")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	@ApiResponse(responseCode = "409", description = "Still in use: the actor is named in an event or a proposal")
	ResponseEntity<Void> deleteActor(
			@Parameter(description = "The actor's slug", example = "sergei-lavrov") @PathVariable String slug,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		this.records.require(slug, ifMatch);
		this.actors.delete(slug, Authors.of(user));
		return ResponseEntity.noContent().build();
	}

}
