package org.backchannel.web.draft;

import org.backchannel.web.page.FormErrors;
import org.backchannel.account.Authors;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.backchannel.draft.DraftProposal;
import org.backchannel.draft.DraftRequest;
import org.backchannel.draft.DraftService;
import org.backchannel.draft.Evidence;
import org.backchannel.draft.Proposed;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventWriteService;
import org.backchannel.event.SavedEvent;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Side;
import org.backchannel.source.SourceData;
import org.backchannel.source.Voice;
import org.backchannel.source.SourceReadService;
import org.backchannel.source.SourceWriteService;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;

import org.springframework.security.core.Authentication;
import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "New from a report": paste a report, see the proposed event with each field's sentence
 * highlighted in the text, then either open the usual event form pre-filled (the report
 * is stored as a source with its full text first) or, when the contact is already
 * recorded, add the report to that event as a source.
 */
@PageController
@RequestMapping("/admin/events/from-report")
class DraftAdminController {

	static final String VIEW = "admin/events/fromReport";

	private final DraftService drafts;

	private final SourceWriteService sources;

	private final EventWriteService events;

	private final EventReadService reads;

	private final SourceReadService storedSources;

	DraftAdminController(DraftService drafts, SourceWriteService sources, EventWriteService events,
			EventReadService reads, SourceReadService storedSources) {
		this.reads = reads;
		this.drafts = drafts;
		this.sources = sources;
		this.events = events;
		this.storedSources = storedSources;
	}

	/** The report as typed into the form. */
	record ReportForm(String text, String published, String url, String outlet, String language) {

		ReportForm {
			language = (language == null || language.isBlank()) ? "en" : language.strip();
		}

		DraftRequest request() {
			return new DraftRequest(this.text, this.published, blank(this.url), blank(this.outlet), this.language);
		}

		private static String blank(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("report", new ReportForm(null, null, null, null, "en"));
		return VIEW;
	}

	@PostMapping
	String propose(@ModelAttribute("report") ReportForm report, BindingResult binding, Model model) {
		try {
			DraftProposal proposal = this.drafts.propose(report.request());
			show(report, proposal, model);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, "", ex.getErrors());
		}
		return VIEW;
	}

	/**
	 * Stores the report as a source (or finds it by its URL), then opens the event form
	 * with the proposal filled in: the event form's own "show again" path renders it, so
	 * the editor corrects and saves it as any draft.
	 */
	@PostMapping("/accept")
	String accept(@ModelAttribute("report") ReportForm report, BindingResult binding,
			@RequestParam Map<String, String> params, Authentication user, Model model) {
		long source;
		try {
			source = storeSource(report, user);
		}
		catch (InvalidInputException ex) {
			rejectSource(binding, ex.getErrors());
			show(report, this.drafts.propose(report.request()), model);
			return VIEW;
		}
		UriComponentsBuilder next = UriComponentsBuilder.fromPath("/admin/events/new")
			.queryParam("_action", "prefill")
			.queryParam("event.sources[0]", source)
			.queryParam("report", source);
		for (String name : params.keySet()) {
			if (name.matches("event\\.(readouts|quotes)\\[\\d+\\]\\.issuer|event\\.quotes\\[\\d+\\]\\.speaker")) {
				next.queryParam(name.substring(0, name.lastIndexOf('.')) + ".source", source);
			}
		}
		if (params.containsKey("event.initiated.initiatorActor")
				|| !"NOT_REPORTED".equals(params.get("event.initiated.initiator"))) {
			next.queryParam("event.initiated.initiatorSource", source);
		}
		return "forward:" + next.build().encode().toUriString();
	}

	/** The contact is already recorded: add the report to it as a source. */
	@PostMapping("/attach")
	String attach(@ModelAttribute("report") ReportForm report, BindingResult binding, @RequestParam String slug,
			Authentication user, Model model, RedirectAttributes redirect) {
		EditableEvent event = this.reads.findEditable(slug).orElseThrow(() -> new NotFoundException("event", slug));
		long source;
		try {
			source = storeSource(report, user);
		}
		catch (InvalidInputException ex) {
			rejectSource(binding, ex.getErrors());
			show(report, this.drafts.propose(report.request()), model);
			return VIEW;
		}
		if (event.data().sources().contains(source)) {
			redirect.addFlashAttribute("message", "The report was already a source of “" + event.data().title() + "”.");
			return "redirect:/admin/events/" + slug;
		}
		SavedEvent saved = this.events.update(slug, event.data().withSource(source), event.version(), Authors.of(user));
		redirect.addFlashAttribute("message",
				"Added the report as source #" + source + " to “" + saved.title() + "”."
						+ (saved.pendingReview()
								? " The change awaits an admin's review; the site shows the event as it was."
								: saved.isPublished() ? "" : " It is a draft until an admin publishes it."));
		return "redirect:/admin/events/" + slug;
	}

	private long storeSource(ReportForm report, Authentication user) {
		DraftRequest request = report.request();
		if (request.url() != null) {
			Optional<Long> existing = this.storedSources.findIdByUrl(request.url());
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		String outlet = (request.outlet() != null) ? request.outlet() : ProposalRows.host(request.url());
		SourceData data = new SourceData(outlet, ProposalRows.headline(request.text()), request.url(),
				request.language(), request.published(), DatePrecision.DAY, null, request.text(), Voice.UNKNOWN, null,
				null);
		return this.sources.create(data, Authors.of(user)).id();
	}

	/** Why the report could not be stored as a source, above the form. */
	private static void rejectSource(BindingResult binding, Map<String, String> errors) {
		errors.forEach((field, message) -> binding.reject("source",
				"The report could not be stored as a source: " + field + " " + message));
	}

	private void show(ReportForm report, DraftProposal p, Model model) {
		model.addAttribute("proposal", p);
		List<ProposalRows.FieldRow> rows = ProposalRows.of(p);
		model.addAttribute("rows", rows);
		model.addAttribute("segments", ProposalRows.segments(report.text(), rows));
		model.addAttribute("prefill", DraftPrefill.prefill(p));
		model.addAttribute("outlook",
				this.drafts.outlook((report.outlet() != null) ? report.outlet() : ProposalRows.host(report.url()), p));
	}

}
