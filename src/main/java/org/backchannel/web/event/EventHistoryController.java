package org.backchannel.web.event;

import org.backchannel.account.Authors;

import org.backchannel.event.EventHistoryService;
import org.backchannel.event.EventWriteService;
import org.backchannel.event.SavedEvent;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;

import org.springframework.security.core.Authentication;
import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's history for admins: each revision with who, when and what it changed, and a
 * button to restore it (deleted events included).
 */
@PageController
@RequestMapping("/admin/events/{slug}/history")
class EventHistoryController {

	private final EventWriteService events;

	private final EventHistoryService histories;

	EventHistoryController(EventWriteService events, EventHistoryService histories) {
		this.events = events;
		this.histories = histories;
	}

	@GetMapping
	String showHistory(@PathVariable String slug, Model model) {
		model.addAttribute("history",
				this.histories.findHistory(slug).orElseThrow(() -> new NotFoundException("event", slug)));
		return "admin/events/eventHistory";
	}

	@PostMapping("/{number}/restore")
	String restore(@PathVariable String slug, @PathVariable int number, Authentication user,
			RedirectAttributes redirect) {
		try {
			SavedEvent saved = this.events.restore(slug, number, Authors.of(user));
			redirect.addFlashAttribute("message", "Restored revision " + number + " of “" + saved.title() + "”.");
			return saved.isPublished() ? "redirect:/events/" + slug : "redirect:/admin/events/" + slug;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("message", "Revision " + number + " cannot be restored as it is: " + String
				.join("; ", ex.getErrors().entrySet().stream().map((e) -> e.getKey() + " " + e.getValue()).toList()));
			return "redirect:/admin/events/" + slug + "/history";
		}
	}

}
