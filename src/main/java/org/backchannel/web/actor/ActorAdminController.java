package org.backchannel.web.actor;

import org.backchannel.account.Authors;
import org.backchannel.web.event.EventAdminController;
import org.backchannel.web.page.FormSave;
import org.backchannel.web.page.RowAction;

import java.util.Map;

import org.backchannel.actor.ActorData;
import org.backchannel.actor.ActorKind;
import org.backchannel.actor.ActorWriteService;
import org.backchannel.source.SourceWriteService;
import org.backchannel.model.NotFoundException;

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
 * Creating and editing actors: names in other spellings and roles over time.
 */
@Controller
@RequestMapping("/admin/actors")
class ActorAdminController {

	static final String VIEW = "admin/actors/createOrUpdateActorForm";

	private final ActorWriteService actors;

	private final SourceWriteService sources;

	ActorAdminController(ActorWriteService actors, SourceWriteService sources) {
		this.actors = actors;
		this.sources = sources;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String showActors(Model model) {
		model.addAttribute("actors", this.actors.findAllRefs());
		return "admin/actors/actorList";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showForm(ActorData.blank(), null, null, Map.of(), model);
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") ActorData form, BindingResult binding,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = EventAdminController.bindingErrors(binding);
		if (action != null || !errors.isEmpty()) {
			return showForm(changeRows(form, action), null, null, errors, model);
		}
		return FormSave.save(() -> {
			ActorWriteService.Saved saved = this.actors.create(form, Authors.of(user));
			return "Saved the actor “" + form.name() + "” (" + saved.slug() + ").";
		}, (problems) -> showForm(form, null, null, problems, model), redirect, "/admin/actors");
	}

	@GetMapping("/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		ActorWriteService.Editable actor = this.actors.findEditable(slug)
			.orElseThrow(() -> new NotFoundException("actor", slug));
		return showForm(actor.data(), slug, actor.version(), Map.of(), model);
	}

	@PostMapping("/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @ModelAttribute("form") ActorData form, BindingResult binding,
			@RequestParam long version, @RequestParam(name = "_action", required = false) String action,
			Authentication user, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = EventAdminController.bindingErrors(binding);
		if (action != null || !errors.isEmpty()) {
			return showForm(changeRows(form, action), slug, version, errors, model);
		}
		return FormSave.save(() -> {
			this.actors.update(slug, form, version, Authors.of(user));
			return "Saved the actor “" + form.name() + "”.";
		}, (problems) -> showForm(form, slug, version, problems, model), redirect, "/admin/actors");
	}

	private static ActorData changeRows(ActorData form, String action) {
		RowAction row = RowAction.parse(action);
		if (row == null) {
			return form;
		}
		return row.is("add") ? form.withRowAdded(row.list())
				: row.is("remove") ? form.withRowRemoved(row.list(), row.index()) : form;
	}

	private String showForm(ActorData form, String slug, Long version, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("slug", slug);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ActorKind.values());
		model.addAttribute("sources", this.sources.findAllRefs());
		return VIEW;
	}

}
