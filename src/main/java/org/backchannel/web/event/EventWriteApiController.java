package org.backchannel.web.event;

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

import org.backchannel.event.EventData;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventWriteService;
import org.backchannel.event.SavedEvent;
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
import org.springframework.web.bind.annotation.RequestParam;

import static org.backchannel.web.api.OpenApiConfiguration.ETAG;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_EXAMPLE;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_MISSING;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_REQUIRED;
import static org.backchannel.web.api.OpenApiConfiguration.INVALID_INPUT;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_ADMIN;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_EDITOR;
import static org.backchannel.web.api.OpenApiConfiguration.STALE;

/**
 * Writing events over HTTP (Basic auth): the same rules and history as the admin forms.
 * New events are drafts; an admin publishes them.
 */
@ApiController
@RequestMapping("/api/events")
@Tag(name = "Events")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
class EventWriteApiController implements RecordWriteApi {

	private final EventWriteService events;

	/** The event as its editors read it now, and its entity tag. */
	private final RecordWrites<String, EventDetail> records;

	EventWriteApiController(EventWriteService events, EventReadService reads, RecordTags tags) {
		this.events = events;
		this.records = new RecordWrites<>("event", "/api/events/", (slug) -> EventApiController.findDraft(reads, slug),
				(event) -> EventApiController.tag(tags, event), Function.identity());
	}

	@Override
	public RecordWrites<?, ?> records() {
		return this.records;
	}

	@PostMapping
	@Operation(summary = "Create an event",
			description = "A new event, always a draft until an admin publishes it. The slug is made from the date "
					+ "and the title when left empty. Actors and proposals are named by slug, sources by id; dates "
					+ "are written at their precision (2025-03-15, 2025-03, 2025). An event that looks like an "
					+ "existing one (same date and principals) is refused unless confirmDuplicate is true. "
					+ "Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The event; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = EventData.class)))
	@ApiResponse(responseCode = "201", description = "Created, as a draft",
			headers = {
					@Header(name = "Location", description = "The event's URL in the API",
							schema = @Schema(type = "string", format = "uri-reference")),
					@Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")) },
			content = @Content(schema = @Schema(implementation = SavedEvent.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	ResponseEntity<SavedEvent> createEvent(@RequestBody EventData body, Authentication user) {
		SavedEvent saved = this.events.create(body, Authors.of(user));
		return this.records.created(saved.slug(), saved);
	}

	@PutMapping("/{slug}")
	@Operation(summary = "Update an event",
			description = "Replaces the event's content with the body, provided nobody changed it since the "
					+ "version in If-Match. The slug cannot change. An editor's change of a published event takes "
					+ "it back to draft, for an admin to publish again. Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The whole event as it should be; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = EventData.class)))
	@ApiResponse(responseCode = "200", description = "Updated",
			headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = SavedEvent.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	@ApiResponse(responseCode = "404", description = "No event with this slug (or it is deleted)")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	ResponseEntity<SavedEvent> updateEvent(
			@Parameter(description = "The event's slug",
					example = "2025-03-15-rubio-lavrov-phone-call") @PathVariable String slug,
			@RequestBody EventData body,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		EventDetail current = this.records.require(slug, ifMatch);
		SavedEvent saved = this.events.update(slug, body, current.version(), Authors.of(user));
		return this.records.changed(slug, saved);
	}

	@PostMapping("/{slug}/publish")
	@Operation(summary = "Publish an event",
			description = "Makes a draft public; publishing a published event changes nothing. Needs the ADMIN "
					+ "role.")
	@ApiResponse(responseCode = "200", description = "Published",
			headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = SavedEvent.class)))
	@ApiResponse(responseCode = "400", description = "If-Match is not * or a list of ETags")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	@ApiResponse(responseCode = "403", description = NEEDS_ADMIN)
	@ApiResponse(responseCode = "404", description = "No event with this slug (or it is deleted)")
	@ApiResponse(responseCode = "412", description = STALE)
	ResponseEntity<SavedEvent> publishEvent(
			@Parameter(description = "The event's slug",
					example = "2025-03-15-rubio-lavrov-phone-call") @PathVariable String slug,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		EventDetail current = this.records.require(slug, ifMatch);
		SavedEvent saved = this.events.publish(slug, current.version(), Authors.of(user));
		return this.records.changed(slug, saved);
	}

	@PostMapping("/{slug}/restore")
	@Operation(summary = "Restore an earlier revision",
			description = "Brings the event back to the content it had at a revision of its history, keeping its "
					+ "status; a deleted event comes back, under its old id and slug, with the status it had then. "
					+ "The restore is itself a new revision. Needs the ADMIN role.")
	@ApiResponse(responseCode = "200", description = "Restored",
			headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = SavedEvent.class)))
	@ApiResponse(responseCode = "400",
			description = "revision is not a whole number, or the old content no "
					+ "longer passes the rules (it names something deleted since, say); errors[] says which field")
	@ApiResponse(responseCode = "403", description = NEEDS_ADMIN)
	@ApiResponse(responseCode = "404", description = "No event with this slug, or no such revision")
	@ApiResponse(responseCode = "409", description = "Someone else changed the event at the same moment")
	ResponseEntity<SavedEvent> restoreEvent(
			@Parameter(description = "The event's slug",
					example = "2025-03-15-rubio-lavrov-phone-call") @PathVariable String slug,
			@Parameter(description = "Number of the revision to go back to, as the event's history lists it "
					+ "(the first is 1)", example = "1") @RequestParam int revision,
			Authentication user) {
		SavedEvent saved = this.events.restore(slug, revision, Authors.of(user));
		return this.records.changed(slug, saved);
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Delete an event",
			description = "Deletes softly: the event leaves every public view and GET /api/changes reports it "
					+ "REMOVED, but it keeps its id and slug and can be restored from its history. Needs the "
					+ "ADMIN role.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "400", description = "If-Match is not * or a list of ETags")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	@ApiResponse(responseCode = "403", description = NEEDS_ADMIN)
	@ApiResponse(responseCode = "404", description = "No event with this slug (or it is deleted already)")
	@ApiResponse(responseCode = "412", description = STALE)
	ResponseEntity<Void> deleteEvent(
			@Parameter(description = "The event's slug",
					example = "2025-03-15-rubio-lavrov-phone-call") @PathVariable String slug,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		EventDetail current = this.records.require(slug, ifMatch);
		this.events.delete(slug, current.version(), Authors.of(user));
		return ResponseEntity.noContent().build();
	}

}
