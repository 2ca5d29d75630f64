package org.backchannel.api;

import java.net.URI;

import tools.jackson.databind.JsonNode;

import org.backchannel.event.EventData;
import org.backchannel.event.EventService;
import org.backchannel.event.SavedEvent;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing events over HTTP (Basic auth): the same rules and history as the admin forms.
 * New events are drafts; an admin publishes them.
 */
@RestController
@RequestMapping("/api/events")
class EventWriteApiController {

	private final EventService events;

	private final WriteRequests requests;

	EventWriteApiController(EventService events, WriteRequests requests) {
		this.events = events;
		this.requests = requests;
	}

	@PostMapping
	ResponseEntity<SavedEvent> createEvent(@RequestBody JsonNode body, Authentication user) {
		SavedEvent saved = this.events.create(this.requests.read(body, EventData.class), WriteRequests.author(user));
		return ResponseEntity.created(URI.create("/api/events/" + saved.slug()))
			.eTag(WriteRequests.etag(saved.version()))
			.body(saved);
	}

	@PutMapping("/{slug}")
	ResponseEntity<SavedEvent> updateEvent(@PathVariable String slug, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		long version = WriteRequests.requiredVersion(ifMatch);
		SavedEvent saved = this.events.update(slug, this.requests.read(body, EventData.class), version,
				WriteRequests.author(user));
		return WriteRequests.ok(saved.version()).body(saved);
	}

	@PostMapping("/{slug}/publish")
	ResponseEntity<SavedEvent> publishEvent(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		SavedEvent saved = this.events.publish(slug, WriteRequests.optionalVersion(ifMatch),
				WriteRequests.author(user));
		return WriteRequests.ok(saved.version()).body(saved);
	}

	@PostMapping("/{slug}/restore")
	ResponseEntity<SavedEvent> restoreEvent(@PathVariable String slug, @RequestParam int revision,
			Authentication user) {
		SavedEvent saved = this.events.restore(slug, revision, WriteRequests.author(user));
		return WriteRequests.ok(saved.version()).body(saved);
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> deleteEvent(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		this.events.delete(slug, WriteRequests.optionalVersion(ifMatch), WriteRequests.author(user));
		return ResponseEntity.noContent().build();
	}

}
