package org.backchannel.event;

import org.backchannel.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timeline and the event pages.
 */
@Controller
class EventController {

	static final int PAGE_SIZE = 25;

	private final EventQueryService events;

	EventController(EventQueryService events) {
		this.events = events;
	}

	@GetMapping("/")
	String showTimeline(@ModelAttribute("search") EventSearchParams search,
			@RequestParam(name = "cursor", required = false) String cursor, Model model) {
		EventSearchParams.Parsed parsed = search.parse();
		EventCursor after = null;
		if (cursor != null && !cursor.isBlank()) {
			try {
				after = EventCursor.decode(cursor.strip());
			}
			catch (EventCursor.InvalidCursorException ex) {
				model.addAttribute("cursorError", ex.getMessage());
			}
		}
		model.addAttribute("page", this.events.findEvents(parsed.filter(), after, PAGE_SIZE));
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("filtered", !parsed.filter().isEmpty());
		return "events/timeline";
	}

	@GetMapping("/events/{slug}")
	String showEvent(@PathVariable String slug, Model model) {
		EventDetail event = this.events.findEvent(slug).orElseThrow(() -> new NotFoundException("event", slug));
		model.addAttribute("event", event);
		model.addAttribute("neighbours", this.events.findNeighbours(event));
		model.addAttribute("jsonLd", org.backchannel.export.EventJsonLd.of(event));
		return "events/eventDetails";
	}

}
