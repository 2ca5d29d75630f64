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
import org.springframework.stereotype.Controller;
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
@Controller
@RequestMapping("/admin/events/from-report")
class DraftAdminController {

	static final String VIEW = "admin/events/fromReport";

	private final DraftService drafts;

	private final SourceWriteService sources;

	private final EventWriteService events;

	private final SourceReadService storedSources;

	DraftAdminController(DraftService drafts, SourceWriteService sources, EventWriteService events,
			SourceReadService storedSources) {
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

	/**
	 * One row of the proposal table: what, the value, how sure, why, and its sentence.
	 */
	record FieldRow(String key, String label, String value, double confidence, String reason, Evidence evidence) {

	}

	/** A stretch of the report: plain, or a sentence some field comes from. */
	record Segment(String text, boolean marked, int start) {

	}

	/** A hidden form field that carries the proposal into the event form. */
	record Hidden(String name, String value) {

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
		EditableEvent event = this.events.findEditable(slug).orElseThrow(() -> new NotFoundException("event", slug));
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
		String outlet = (request.outlet() != null) ? request.outlet() : host(request.url());
		SourceData data = new SourceData(outlet, headline(request.text()), request.url(), request.language(),
				request.published(), DatePrecision.DAY, null, request.text(), Voice.UNKNOWN, null, null);
		return this.sources.create(data, Authors.of(user)).id();
	}

	/** Why the report could not be stored as a source, above the form. */
	private static void rejectSource(BindingResult binding, Map<String, String> errors) {
		errors.forEach((field, message) -> binding.reject("source",
				"The report could not be stored as a source: " + field + " " + message));
	}

	private static String host(String url) {
		if (url != null) {
			try {
				String host = URI.create(url).getHost();
				if (host != null) {
					return host.replaceFirst("^www\\.", "");
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URL: the source form will say so
			}
		}
		return "Outlet not given";
	}

	/** The report's first line that reads as a headline, cut to a title's length. */
	static String headline(String text) {
		for (String line : text.split("\\R")) {
			String s = line.strip();
			if (s.length() >= 20) {
				return (s.length() > 300) ? s.substring(0, 297).strip() + "…" : s;
			}
		}
		String s = text.strip();
		return (s.length() > 300) ? s.substring(0, 297).strip() + "…" : s;
	}

	private void show(ReportForm report, DraftProposal p, Model model) {
		model.addAttribute("proposal", p);
		List<FieldRow> rows = new ArrayList<>();
		row(rows, "date", "draft.field.date", p.date(),
				p.date().isPresent() ? p.date().value().formValue() + " (" + p.date().value().precision() + ")" : null);
		row(rows, "type", "draft.field.type", p.type(), p.type().isPresent() ? p.type().value().name() : null);
		row(rows, "status", "draft.field.status", p.status(),
				p.status().isPresent() ? p.status().value().name() : null);
		row(rows, "channel", "draft.field.channel", p.channel(),
				p.channel().isPresent() ? p.channel().value().name() : null);
		for (int i = 0; i < p.participants().size(); i++) {
			var x = p.participants().get(i);
			row(rows, "participant-" + i, "draft.field.participant", x,
					x.value().name() + " (" + x.value().role() + ")");
		}
		for (int i = 0; i < p.newActors().size(); i++) {
			var x = p.newActors().get(i);
			row(rows, "new-actor-" + i, "draft.field.newActor", x, x.value().name());
		}
		row(rows, "place", "draft.field.place", p.place(),
				p.place().isPresent() ? p.place().value().name() + " (" + p.place().value().country() + ")" : null);
		row(rows, "duration", "draft.field.duration", p.durationMinutes(),
				p.durationMinutes().isPresent() ? p.durationMinutes().value() + " min" : null);
		row(rows, "initiator", "draft.field.initiator", p.initiator(),
				p.initiator().isPresent() ? p.initiator().value().side()
						+ (p.initiator().value().actor() != null ? " (" + p.initiator().value().actor() + ")" : "")
						: null);
		for (int i = 0; i < p.quotes().size(); i++) {
			var x = p.quotes().get(i);
			row(rows, "quote-" + i, "draft.field.quote", x, "“" + x.value().text() + "” — "
					+ (x.value().speakerName() != null ? x.value().speakerName() : "?"));
		}
		for (int i = 0; i < p.accounts().size(); i++) {
			var x = p.accounts().get(i);
			row(rows, "account-" + i, "draft.field.account", x, x.value().side() + ": " + x.value().issuerName());
		}
		model.addAttribute("rows", rows);
		model.addAttribute("segments", segments(report.text(), rows));
		model.addAttribute("prefill", prefill(p));
		model.addAttribute("outlook",
				this.drafts.outlook((report.outlet() != null) ? report.outlet() : host(report.url()), p));
	}

	private static void row(List<FieldRow> rows, String key, String label, Proposed<?> field, String value) {
		rows.add(new FieldRow(key, label, value, field.confidence(), field.reason(), field.evidence()));
	}

	/** The report cut into plain stretches and the sentences fields come from. */
	static List<Segment> segments(String text, List<FieldRow> rows) {
		TreeMap<Integer, Integer> marks = new TreeMap<>();
		for (FieldRow row : rows) {
			if (row.evidence() != null) {
				marks.put(row.evidence().start(), row.evidence().end());
			}
		}
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Map.Entry<Integer, Integer> mark : marks.entrySet()) {
			int start = mark.getKey();
			int end = Math.min(mark.getValue(), text.length());
			if (start < at || start >= end) {
				continue;
			}
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), false, at));
			}
			segments.add(new Segment(text.substring(start, end), true, start));
			at = end;
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false, at));
		}
		return segments;
	}

	/** The proposal as the event form's fields. */
	static List<Hidden> prefill(DraftProposal p) {
		List<Hidden> h = new ArrayList<>();
		h.add(new Hidden("event.title", p.title()));
		h.add(new Hidden("event.type", p.type().isPresent() ? p.type().value().name() : "OTHER"));
		if (p.date().isPresent()) {
			h.add(new Hidden("event.when.date", p.date().value().formValue()));
			h.add(new Hidden("event.when.datePrecision", p.date().value().precision().name()));
		}
		else {
			h.add(new Hidden("event.when.datePrecision", DatePrecision.UNKNOWN.name()));
		}
		if (p.durationMinutes().isPresent()) {
			h.add(new Hidden("event.when.durationMinutes", p.durationMinutes().value().toString()));
		}
		if (p.place().isPresent()) {
			h.add(new Hidden("event.where.place", p.place().value().name()));
			h.add(new Hidden("event.where.country", p.place().value().country()));
		}
		h.add(new Hidden("event.initiated.initiator",
				p.initiator().isPresent() ? p.initiator().value().side().name() : "NOT_REPORTED"));
		if (p.initiator().isPresent() && p.initiator().value().actor() != null) {
			h.add(new Hidden("event.initiated.initiatorActor", p.initiator().value().actor()));
		}
		h.add(new Hidden("event.summary", p.summary()));
		if (p.status().isPresent()) {
			h.add(new Hidden("event.contactStatus", p.status().value().name()));
		}
		if (p.channel().isPresent()) {
			h.add(new Hidden("event.channel", p.channel().value().name()));
		}
		for (int i = 0; i < p.participants().size(); i++) {
			h.add(new Hidden("event.participants[" + i + "].actor", p.participants().get(i).value().actor()));
			h.add(new Hidden("event.participants[" + i + "].role", p.participants().get(i).value().role().name()));
		}
		int r = 0;
		for (var account : p.accounts()) {
			String side = Side.valueOf(account.value().side()).name();
			h.add(new Hidden("event.readouts[" + r + "].side", side));
			h.add(new Hidden("event.readouts[" + r + "].issuer", account.value().issuer()));
			h.add(new Hidden("event.readouts[" + r + "].summary", account.value().summary()));
			r++;
		}
		int q = 0;
		for (var quote : p.quotes()) {
			if (quote.value().speaker() == null) {
				continue;
			}
			h.add(new Hidden("event.quotes[" + q + "].speaker", quote.value().speaker()));
			h.add(new Hidden("event.quotes[" + q + "].text", quote.value().text()));
			q++;
		}
		return h;
	}

}
