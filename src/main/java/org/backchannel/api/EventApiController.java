package org.backchannel.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backchannel.event.EventCursor;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventPage;
import org.backchannel.event.EventQueryService;
import org.backchannel.event.EventSearchParams;
import org.backchannel.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events as JSON, filtered exactly like the timeline.
 */
@RestController
@RequestMapping("/api/events")
class EventApiController {

	static final int DEFAULT_LIMIT = 20;

	private final EventQueryService events;

	EventApiController(EventQueryService events) {
		this.events = events;
	}

	@GetMapping
	EventPage listEvents(@ModelAttribute EventSearchParams params,
			@RequestParam(name = "limit", required = false) String limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		EventSearchParams.Parsed parsed = params.parse();
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		int pageSize = parseLimit(limit, errors);
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		EventCursor after = (cursor != null && !cursor.isBlank()) ? EventCursor.decode(cursor.strip()) : null;
		return this.events.findEvents(parsed.filter(), after, pageSize);
	}

	@GetMapping("/{slug}")
	EventDetail showEvent(@PathVariable String slug) {
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
		errors.put("limit", "'limit' must be a whole number from 1 to " + EventQueryService.MAX_LIMIT + ".");
		return DEFAULT_LIMIT;
	}

}
