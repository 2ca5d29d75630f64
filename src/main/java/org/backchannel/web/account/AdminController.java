package org.backchannel.web.account;

import org.backchannel.event.EventWriteService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin home: every event, drafts and deleted ones included.
 */
@Controller
class AdminController {

	private final EventWriteService events;

	AdminController(EventWriteService events) {
		this.events = events;
	}

	@GetMapping("/admin")
	String showDashboard(Model model) {
		model.addAttribute("events", this.events.findAllForAdmin());
		return "admin/dashboard";
	}

}
