package org.backchannel.web.event;

import org.backchannel.account.Authors;
import org.backchannel.web.page.RowAction;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backchannel.actor.ActorWriteService;
import org.backchannel.event.ClaimStatus;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventData;
import org.backchannel.event.EventService;
import org.backchannel.event.EventStatus;
import org.backchannel.event.Channel;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.SavedEvent;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalWriteService;
import org.backchannel.source.SourceWriteService;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.StaleVersionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
@Controller
@RequestMapping("/admin/events")
public class EventAdminController {

	static final String VIEW = "admin/events/createOrUpdateEventForm";

	private final EventService events;

	private final ActorWriteService actors;

	private final ProposalWriteService proposals;

	private final SourceWriteService sources;

	EventAdminController(EventService events, ActorWriteService actors, ProposalWriteService proposals,
			SourceWriteService sources) {
		this.events = events;
		this.actors = actors;
		this.proposals = proposals;
		this.sources = sources;
	}

	/**
	 * Form records are built through their constructors only; their lists are immutable.
	 */
	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showForm(EventForm.of(EventData.blank()), null, Map.of(), model);
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") EventForm form, BindingResult binding,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = bindingErrors(binding);
		if (action != null || !errors.isEmpty()) {
			return changeRows(form, null, action, errors, user, model);
		}
		try {
			SavedEvent saved = this.events.create(form.event(), Authors.of(user));
			redirect.addFlashAttribute("message", "Saved “" + saved.title() + "” as a draft.");
			return redirectTo(saved);
		}
		catch (InvalidInputException ex) {
			return showForm(form, null, ex.getErrors(), model);
		}
	}

	@GetMapping("/{slug}")
	String showPreview(@PathVariable String slug, Model model) {
		model.addAttribute("preview",
				this.events.findPreview(slug).orElseThrow(() -> new NotFoundException("event", slug)));
		return "admin/events/eventPreview";
	}

	@GetMapping("/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		EditableEvent event = this.events.findEditable(slug).orElseThrow(() -> new NotFoundException("event", slug));
		return showForm(EventForm.of(event.data()), event, Map.of(), model);
	}

	@PostMapping("/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @ModelAttribute("form") EventForm form, BindingResult binding,
			@RequestParam long version, @RequestParam(name = "_action", required = false) String action,
			Authentication user, Model model, RedirectAttributes redirect) {
		EditableEvent current = this.events.findEditable(slug).orElseThrow(() -> new NotFoundException("event", slug));
		// The version the editor started from travels with the form, not the current one.
		EditableEvent editing = new EditableEvent(current.id(), slug, current.status(), version, current.data());
		Map<String, String> errors = bindingErrors(binding);
		if (action != null || !errors.isEmpty()) {
			return changeRows(form, editing, action, errors, user, model);
		}
		try {
			SavedEvent saved = this.events.update(slug, form.event(), version, Authors.of(user));
			redirect.addFlashAttribute("message",
					(current.status() == EventStatus.PUBLISHED && !saved.isPublished())
							? "Saved “" + saved.title() + "”. It is a draft again until an admin publishes it."
							: "Saved “" + saved.title() + "”.");
			return redirectTo(saved);
		}
		catch (InvalidInputException ex) {
			return showForm(form, editing, ex.getErrors(), model);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return showForm(form, editing,
					Map.of("version", "Someone else changed this event while you were editing it. Your input is "
							+ "kept below; open the event again in another tab to see their change, then save."),
					model);
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
	private String changeRows(EventForm form, EditableEvent editing, String action, Map<String, String> errors,
			Authentication user, Model model) {
		RowAction row = RowAction.parse(action);
		EventData event = form.event();
		EventForm next = form;
		Map<String, String> messages = new LinkedHashMap<>(errors);
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
		else if (row != null && row.is("createSource")) {
			try {
				long id = this.sources.create(form.newSource(), Authors.of(user)).id();
				next = EventForm.of(event.withSource(id));
			}
			catch (InvalidInputException ex) {
				ex.getErrors().forEach((field, message) -> messages.put("newSource." + field, message));
			}
		}
		return showForm(next, editing, messages, model);
	}

	private String showForm(EventForm form, EditableEvent editing, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
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

	/**
	 * Values the form could not even convert (a number where a list index was expected,
	 * an unknown choice): reported like any other field error.
	 */
	public static Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach((error) -> errors.putIfAbsent(error.getField().replaceFirst("^event\\.", ""),
					"has an invalid value ('" + error.getRejectedValue() + "')."));
		binding.getGlobalErrors().forEach((error) -> errors.putIfAbsent("form", error.getDefaultMessage()));
		return errors;
	}

}
