package org.backchannel.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.event.EventCursor;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventPage;
import org.backchannel.event.EventQueryService;
import org.backchannel.event.EventSearchParams;
import org.backchannel.system.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Events as JSON, filtered exactly like the timeline.
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "Diplomatic contacts and the events around them")
class EventApiController {

	static final int DEFAULT_LIMIT = 20;

	private final EventQueryService events;

	EventApiController(EventQueryService events) {
		this.events = events;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List events",
			description = "Published events matching every given filter, newest first unless sort=date_asc. "
					+ "Paged by an opaque cursor: follow nextCursor (or the Link rel=\"next\" header) until it is "
					+ "null; each page costs the same however deep. With updated_since, only events created or "
					+ "changed after that instant: the way to sync incrementally (ids and slugs never change). "
					+ "Send Accept: text/csv for the CSV export of all matching events.")
	ResponseEntity<EventPage> listEvents(@Parameter(hidden = true) @ModelAttribute EventSearchParams params,
			@Parameter(description = "Page size, 1 to " + EventQueryService.MAX_LIMIT,
					schema = @Schema(type = "integer", minimum = "1", maximum = "" + EventQueryService.MAX_LIMIT,
							defaultValue = "" + DEFAULT_LIMIT)) @RequestParam(name = "limit",
									required = false) String limit,
			@Parameter(description = "Opaque cursor from a previous page's nextCursor; omit for the first page",
					example = "djE6MjAyNS0wNy0xMDo5") @RequestParam(name = "cursor", required = false) String cursor) {
		EventSearchParams.Parsed parsed = params.parse();
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		int pageSize = parseLimit(limit, errors);
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		EventCursor after = (cursor != null && !cursor.isBlank()) ? EventCursor.decode(cursor.strip()) : null;
		EventPage page = this.events.findEvents(parsed.filter(), after, pageSize);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (page.nextCursor() != null) {
			// The request's own query with only the cursor replaced keeps every filter.
			String next = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("cursor", page.nextCursor())
				.build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(page);
	}

	@GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One event",
			description = "Everything recorded about a published event: participants with their titles on the "
					+ "day, each side's readouts, quotes, claims, proposals and sources.")
	EventDetail showEvent(@Parameter(description = "The event's slug",
			example = "2025-03-15-rubio-lavrov-phone-call") @PathVariable String slug) {
		return this.events.findEvent(slug).orElseThrow(() -> new NotFoundException("event", slug));
	}

	static int parseLimit(String limit, Map<String, String> errors) {
		if (limit == null || limit.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= EventQueryService.MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put("limit", "'limit' must be a whole number from 1 to " + EventQueryService.MAX_LIMIT
				+ " (the maximum page size).");
		return DEFAULT_LIMIT;
	}

}
