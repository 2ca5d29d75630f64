package org.backchannel.web.watch;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.backchannel.account.Authors;
import org.backchannel.actor.ActorWriteService;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventStatus;
import org.backchannel.event.EventReadService;
import org.backchannel.model.InUseException;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.RecordValidator;
import org.backchannel.model.Side;
import org.backchannel.watch.QueueItem;
import org.backchannel.watch.QueueService;
import org.backchannel.watch.ReadoutAttachment;
import org.backchannel.web.page.FormErrors;

import org.springframework.security.core.Authentication;
import org.backchannel.web.page.PageController;
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
 * "Attach as that side's readout" (EDITOR): a queued item added to a recorded event as
 * the US or the Russian side's readout, the form filled in from the assistant's reading
 * (the side the source speaks for, that side's account, the matched event); the editor
 * corrects it and attaches. The event page then shows it in that side's column.
 */
@PageController
@RequestMapping("/admin/queue/{id}/readout")
class QueueReadoutController {

	static final String VIEW = "admin/watch/attachReadoutForm";

	/** How many key phrases the form offers. */
	static final int KEY_QUOTES = 3;

	private final QueueService queue;

	private final EventReadService events;

	private final ActorWriteService actors;

	private final RecordValidator validation;

	QueueReadoutController(QueueService queue, EventReadService events, ActorWriteService actors,
			RecordValidator validation) {
		this.queue = queue;
		this.events = events;
		this.actors = actors;
		this.validation = validation;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String initCreationForm(@PathVariable long id, @RequestParam(required = false) Side side, Model model) {
		QueueItem item = item(id);
		return showForm(item, this.queue.proposeReadout(id, side), null, model);
	}

	@PostMapping
	String processCreationForm(@PathVariable long id, @Valid @ModelAttribute("form") ReadoutAttachment form,
			BindingResult binding, Authentication user, Model model, RedirectAttributes redirect) {
		QueueItem item = item(id);
		BindingResult checked = this.validation.validateRest(form, binding);
		if (checked.hasErrors()) {
			return showForm(item, form, checked, model);
		}
		QueueItem attached;
		try {
			attached = this.queue.attachReadout(id, form, Authors.of(user));
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(checked, "", ex.getErrors());
			return showForm(item, form, checked, model);
		}
		catch (InUseException ex) {
			checked.reject("conflict", ex.getMessage());
			return showForm(item, form, checked, model);
		}
		EditableEvent event = this.events.findEditable(attached.attachedEvent())
			.orElseThrow(() -> new NotFoundException("event", attached.attachedEvent()));
		boolean shown = event.status() == EventStatus.PUBLISHED && event.pendingBy() == null;
		redirect.addFlashAttribute("message",
				"“" + attached.title() + "” is the " + ((form.side() == Side.US) ? "US" : "Russian")
						+ " side's readout of this event (source #" + attached.recordSource() + ")."
						+ ((event.pendingBy() != null) ? " The change awaits an admin's review." : ""));
		return "redirect:" + (shown ? "/events/" : "/admin/events/") + event.slug();
	}

	private QueueItem item(long id) {
		return this.queue.find(id).orElseThrow(() -> new NotFoundException("queue item", id));
	}

	private String showForm(QueueItem item, ReadoutAttachment form, BindingResult binding, Model model) {
		model.addAttribute("shown", QueueAdminController.shown(item));
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		List<String> quotes = new ArrayList<>(form.keyQuotes());
		while (quotes.size() < KEY_QUOTES) {
			quotes.add("");
		}
		model.addAttribute("quotes", quotes);
		model.addAttribute("sides", ReadoutAttachment.SIDES);
		model.addAttribute("actors",
				this.actors.findAllRefs().stream().filter((a) -> ReadoutAttachment.SIDES.contains(a.side())).toList());
		return VIEW;
	}

}
