package org.backchannel.web.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backchannel.account.Authors;
import org.backchannel.draft.DraftProposal;
import org.backchannel.model.InUseException;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.watch.QueueItem;
import org.backchannel.watch.QueueService;
import org.backchannel.web.draft.DraftPrefill;

import org.springframework.security.core.Authentication;
import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review queue (EDITOR): every item watched sources brought, newest first, with its
 * state, its text with the assistant's evidence marked, and the actions — create the
 * draft (the event form pre-filled as "New from a report" fills it), attach to the
 * recorded event, dismiss with a reason, undo.
 */
@PageController
@RequestMapping("/admin/queue")
class QueueAdminController {

	static final int PAGE = 20;

	private final QueueService queue;

	QueueAdminController(QueueService queue) {
		this.queue = queue;
	}

	/**
	 * One queue item as a page shows it: the item and its text cut into marked stretches.
	 */
	record Shown(QueueItem item, List<Segment> segments) {

	}

	/**
	 * A stretch of an item's text: plain, or a sentence the assistant's evidence comes
	 * from.
	 */
	record Segment(String text, boolean marked) {

	}

	@GetMapping
	String showQueue(@RequestParam(required = false) Long before, @RequestParam(defaultValue = "false") boolean waiting,
			Model model) {
		List<QueueItem> items = this.queue.page(before, PAGE + 1, waiting);
		boolean more = items.size() > PAGE;
		List<QueueItem> page = more ? items.subList(0, PAGE) : items;
		model.addAttribute("items", page.stream().map(QueueAdminController::shown).toList());
		model.addAttribute("next", more ? page.get(PAGE - 1).id() : null);
		model.addAttribute("waitingOnly", waiting);
		model.addAttribute("waitingCount", this.queue.waiting());
		return "admin/watch/queue";
	}

	/**
	 * The text cut at the evidence the assistant recorded when it read the item (no new
	 * reading).
	 */
	static Shown shown(QueueItem item) {
		String text = (item.text() != null) ? item.text() : item.title();
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (QueueItem.Span span : item.evidence()) {
			int start = Math.max(span.start(), at);
			int end = Math.min(span.end(), text.length());
			if (start >= end) {
				continue;
			}
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), false));
			}
			segments.add(new Segment(text.substring(start, end), true));
			at = end;
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false));
		}
		return new Shown(item, segments);
	}

	/**
	 * Marks the item drafted, stores it as a source, and opens the event form pre-filled
	 * from the assistant's proposal, with the source cited.
	 */
	@PostMapping("/{id}/draft")
	String draft(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		QueueService.Drafting drafting;
		try {
			drafting = this.queue.draft(id, Authors.of(user));
		}
		catch (InUseException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
			return "redirect:/admin/queue";
		}
		DraftProposal proposal = drafting.proposal();
		UriComponentsBuilder next = UriComponentsBuilder.fromPath("/admin/events/new")
			.queryParam("_action", "prefill")
			.queryParam("event.sources[0]", drafting.source());
		for (DraftPrefill.Field field : DraftPrefill.of(proposal)) {
			next.queryParam(field.name(), field.value());
			if (field.name().matches("event\\.(readouts|quotes)\\[\\d+\\]\\.(issuer|speaker)")) {
				next.queryParam(field.name().substring(0, field.name().lastIndexOf('.')) + ".source",
						drafting.source());
			}
		}
		if (proposal.initiator().isPresent()) {
			next.queryParam("event.initiated.initiatorSource", drafting.source());
		}
		return "forward:" + next.build().encode().toUriString();
	}

	@PostMapping("/{id}/attach")
	String attach(@PathVariable long id, @RequestParam(required = false) String slug, Authentication user,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			QueueItem item = this.queue.attach(id, slug, Authors.of(user));
			return "Added “" + item.title() + "” as source #" + item.recordSource() + " to the event "
					+ item.attachedEvent() + ".";
		});
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, Authentication user,
			RedirectAttributes redirect) {
		return act(redirect, () -> "Dismissed “" + this.queue.dismiss(id, reason, Authors.of(user)).title() + "”.");
	}

	@PostMapping("/{id}/undo")
	String undo(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		return act(redirect, () -> "“" + this.queue.undo(id, Authors.of(user)).title() + "” waits again.");
	}

	private String act(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("message", "Not done: " + String.join(" ", ex.getErrors().values()));
		}
		catch (InUseException | NotFoundException ex) {
			redirect.addFlashAttribute("message", "Not done: " + ex.getMessage());
		}
		return "redirect:/admin/queue";
	}

}
