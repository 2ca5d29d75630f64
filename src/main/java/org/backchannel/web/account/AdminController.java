package org.backchannel.web.account;

import java.util.Arrays;
import java.util.Locale;

import org.backchannel.event.AdminEventSearch;
import org.backchannel.event.EventStatus;

import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin home: every event, drafts and deleted ones included, most recently changed
 * first, fifty at a time; searchable by title or slug and filtered by status.
 */
@PageController
class AdminController {

	private final AdminEventSearch events;

	AdminController(AdminEventSearch events) {
		this.events = events;
	}

	@GetMapping("/admin")
	String showDashboard(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "cursor", required = false) String cursor, Model model) {
		EventStatus wanted = null;
		if (status != null && !status.isBlank()) {
			wanted = Arrays.stream(EventStatus.values())
				.filter((value) -> value.name().equalsIgnoreCase(status.strip()))
				.findFirst()
				.orElse(null);
			if (wanted == null) {
				model.addAttribute("statusError", status.strip().toUpperCase(Locale.ROOT));
			}
		}
		AdminEventSearch.Page page = this.events.find(q, wanted, cursor, AdminEventSearch.PAGE_SIZE);
		model.addAttribute("events", page.rows());
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("status", wanted);
		model.addAttribute("statuses", EventStatus.values());
		model.addAttribute("firstPage", cursor == null || cursor.isBlank());
		model.addAttribute("firstPageUrl", link(q, wanted, null));
		model.addAttribute("nextUrl", (page.nextCursor() != null) ? link(q, wanted, page.nextCursor()) : null);
		return "admin/dashboard";
	}

	private static String link(String q, EventStatus status, String cursor) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin");
		if (q != null && !q.isBlank()) {
			link.queryParam("q", q.strip());
		}
		if (status != null) {
			link.queryParam("status", status.name());
		}
		if (cursor != null) {
			link.queryParam("cursor", cursor);
		}
		return link.encode().build().toUriString();
	}

}
