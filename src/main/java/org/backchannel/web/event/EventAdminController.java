package org.backchannel.web.event;

import org.backchannel.web.page.FormErrors;
import org.backchannel.account.Authors;
import org.backchannel.web.page.RowAction;

import jakarta.validation.Valid;

import org.backchannel.actor.ActorWriteService;
import org.backchannel.event.ClaimStatus;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventData;
import org.backchannel.event.Confirmations;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventWriteService;
import org.backchannel.event.EventStatus;
import org.backchannel.event.Channel;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.event.EventValidator;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.SavedEvent;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalWriteService;
import org.backchannel.source.SourceData;
import org.backchannel.source.SourceReadService;
import org.backchannel.source.SourceWriteService;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.StaleVersionException;
import org.backchannel.model.RecordValidator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.AccessDeniedException;
import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, editing, publishing and deleting events. Rows (participants, readouts,
 * quotes, claims, proposals, sources) are added and removed with plain submit buttons
 * that re-render the form with the input kept.
 */
@PageController
@RequestMapping("/admin/events")
public class EventAdminController {

	static final String VIEW = "admin/events/createOrUpdateEventForm";

	private final EventWriteService events;

	private final EventReadService reads;

	private final ActorWriteService actors;

	private final ProposalWriteService proposals;

	private final SourceWriteService sources;

	private final SourceReadService reports;

	private final Validator rules;

	private final RecordValidator validation;

	private final Confirmations confirmations;

	EventAdminController(EventWriteService events, EventReadService reads, ActorWriteService actors,
			ProposalWriteService proposals, SourceWriteService sources, SourceReadService reports, EventValidator rules,
			RecordValidator validation, Confirmations confirmations) {
		this.confirmations = confirmations;
		this.reads = reads;
		this.reports = reports;
		this.rules = EventForm.rules(rules);
		this.validation = validation;
		this.events = events;
		this.actors = actors;
		this.proposals = proposals;
		this.sources = sources;
	}

	/**
	 * Form records are built through their constructors only; their lists are immutable.
	 * {@code @Valid} checks the event's constraints and its rules
	 * ({@link EventValidator}), so that every message shows at once.
	 */
	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
		binder.addValidators(this.rules);
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showForm(EventForm.of(EventData.blank()), null, null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") EventForm form, BindingResult binding,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		if (action != null) {
			return changeRows(form, binding, null, action, user, model);
		}
		BindingResult checked = this.validation.validateRest(form, binding, this.rules);
		if (checked.hasErrors()) {
			return showForm(form, null, checked, model);
		}
		try {
			SavedEvent saved = this.events.create(form.event(), Authors.of(user));
			redirect.addFlashAttribute("message", "Saved “" + saved.title() + "” as a draft.");
			return redirectTo(saved);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(checked, "event.", ex.getErrors());
			return showForm(form, null, checked, model);
		}
	}

	@GetMapping("/{slug}")
	String showPreview(@PathVariable String slug, Model model) {
		model.addAttribute("preview",
				this.reads.findPreview(slug).orElseThrow(() -> new NotFoundException("event", slug)));
		return "admin/events/eventPreview";
	}

	@GetMapping("/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		EditableEvent event = this.reads.findEditable(slug).orElseThrow(() -> new NotFoundException("event", slug));
		return showForm(EventForm.of(event.data()), event, null, model);
	}

	@PostMapping("/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") EventForm form,
			BindingResult binding, @RequestParam long version,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		EditableEvent current = this.reads.findEditable(slug).orElseThrow(() -> new NotFoundException("event", slug));
		// The version the editor started from travels with the form, not the current one.
		EditableEvent editing = new EditableEvent(current.id(), slug, current.status(), version, current.data(),
				current.pendingBy());
		if (action != null) {
			return changeRows(form, binding, editing, action, user, model);
		}
		BindingResult checked = this.validation.validateRest(form, binding, this.rules);
		if (checked.hasErrors()) {
			return showForm(form, editing, checked, model);
		}
		try {
			SavedEvent saved = this.events.update(slug, form.event(), version, Authors.of(user));
			if (saved.pendingReview()) {
				redirect.addFlashAttribute("message", "Saved your change of “" + saved.title()
						+ "” for review. The site shows the published version until an admin publishes your change.");
				return "redirect:/admin/events/" + saved.slug();
			}
			redirect.addFlashAttribute("message", "Saved “" + saved.title() + "”.");
			return redirectTo(saved);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(checked, "event.", ex.getErrors());
			return showForm(form, editing, checked, model);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			checked.reject("conflict", "Someone else changed this event while you were editing it. Your input is "
					+ "kept below; open the event again in another tab to see their change, then save.");
			return showForm(form, editing, checked, model);
		}
	}

	@PostMapping("/{slug}/publish")
	String publish(@PathVariable String slug, @RequestParam(required = false) Long version, Authentication user,
			RedirectAttributes redirect) {
		try {
			SavedEvent saved = this.events.publish(slug, version, Authors.of(user));
			redirect.addFlashAttribute("message", "Published “" + saved.title() + "”.");
			return "redirect:/events/" + saved.slug();
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
			return "redirect:/admin/events/" + slug;
		}
	}

	/** Deleting asks first: a page of its own, so no script is needed to confirm. */
	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Authentication user, Model model) {
		if (user.getAuthorities().stream().noneMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()))) {
			throw new AccessDeniedException("Only an admin deletes events.");
		}
		EditableEvent event = this.reads.findEditable(slug).orElseThrow(() -> new NotFoundException("event", slug));
		model.addAttribute("event", event.data());
		model.addAttribute("version", event.version());
		return "admin/events/confirmDelete";
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, @RequestParam(required = false) Long version, Authentication user,
			RedirectAttributes redirect) {
		try {
			SavedEvent saved = this.events.delete(slug, version, Authors.of(user));
			redirect.addFlashAttribute("message",
					"Deleted “" + saved.title() + "”. Its history keeps it; it can be restored from there.");
			return "redirect:/admin";
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
			return "redirect:/admin/events/" + slug;
		}
	}

	/**
	 * The row buttons: add or remove a row, pick an existing source or proposal, or
	 * create a new source and add it, then show the form again.
	 */
	private String changeRows(EventForm form, BindingResult binding, EditableEvent editing, String action,
			Authentication user, Model model) {
		RowAction row = RowAction.parse(action);
		EventData event = form.event();
		EventForm next = form;
		if (row != null && row.is("add")) {
			next = form.with(event.withRowAdded(row.list()));
		}
		else if (row != null && row.is("remove")) {
			next = form.with(event.withRowRemoved(row.list(), row.index()));
		}
		else if (row != null && row.is("pickSource") && form.pickSource() != null) {
			next = form.with(event.withSource(form.pickSource()));
		}
		else if (row != null && row.is("pickProposal")) {
			next = form.with(event.withProposal(form.pickProposal()));
		}
		BindingResult shown = FormErrors.conversionFailures(next, binding);
		if (row != null && row.is("createSource")) {
			try {
				long id = this.sources.create(form.newSource(), Authors.of(user)).id();
				next = new EventForm(event.withSource(id), SourceData.blank(), null, null, form.report());
				shown = FormErrors.conversionFailures(next, binding);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(shown, "newSource.", ex.getErrors());
			}
		}
		return showForm(next, editing, shown, model);
	}

	private String showForm(EventForm form, EditableEvent editing, BindingResult binding, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		model.addAttribute("editing", editing);
		model.addAttribute("outlook", (editing != null) ? this.confirmations.outlook(editing.id()) : null);
		// the report a draft was opened from, kept beside the form through every round
		// trip
		model.addAttribute("draftReport",
				(form.report() != null) ? this.reports.findSource(form.report()).orElse(null) : null);
		model.addAttribute("actors", this.actors.findAllRefs());
		model.addAttribute("sources", this.sources.findAllRefs());
		model.addAttribute("proposals", this.proposals.findAllRefs());
		model.addAttribute("types", EventType.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("contactStatuses", ContactStatus.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("initiators", Initiator.values());
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("claimStatuses", ClaimStatus.values());
		return VIEW;
	}

	private static String redirectTo(SavedEvent saved) {
		// The public page shows only published events; a draft is previewed here.
		return saved.isPublished() ? "redirect:/events/" + saved.slug() : "redirect:/admin/events/" + saved.slug();
	}

}
