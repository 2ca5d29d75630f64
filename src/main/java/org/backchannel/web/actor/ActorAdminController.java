package org.backchannel.web.actor;

import org.backchannel.web.page.FormErrors;
import org.backchannel.account.Authors;
import org.backchannel.web.page.FormSave;
import org.backchannel.web.page.RowAction;

import jakarta.validation.Valid;

import org.backchannel.actor.ActorData;
import org.backchannel.actor.ActorKind;
import org.backchannel.actor.ActorValidator;
import org.backchannel.actor.ActorWriteService;
import org.backchannel.source.SourceWriteService;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.RecordValidator;

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
 * Creating and editing actors: names in other spellings and roles over time.
 */
@PageController
@RequestMapping("/admin/actors")
class ActorAdminController {

	static final String VIEW = "admin/actors/createOrUpdateActorForm";

	private final ActorWriteService actors;

	private final SourceWriteService sources;

	private final ActorValidator validator;

	private final RecordValidator validation;

	ActorAdminController(ActorWriteService actors, SourceWriteService sources, ActorValidator validator,
			RecordValidator validation) {
		this.validation = validation;
		this.actors = actors;
		this.sources = sources;
		this.validator = validator;
	}

	/**
	 * Form records are built through their constructors only; {@code @Valid} checks their
	 * constraints and the rules of ActorValidator.
	 */
	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
		binder.addValidators(this.validator);
	}

	@GetMapping
	String showActors(Model model) {
		model.addAttribute("actors", this.actors.findAllRefs());
		return "admin/actors/actorList";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showForm(ActorData.blank(), null, null, null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") ActorData form, BindingResult binding,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		if (action != null) {
			ActorData changed = changeRows(form, action);
			return showForm(changed, null, null, FormErrors.conversionFailures(changed, binding), model);
		}
		BindingResult checked = this.validation.validateRest(form, binding, this.validator);
		return FormSave.save(() -> {
			ActorWriteService.Saved saved = this.actors.create(form, Authors.of(user));
			return "Saved the actor “" + form.name() + "” (" + saved.slug() + ").";
		}, checked, () -> showForm(form, null, null, checked, model), redirect, "/admin/actors");
	}

	@GetMapping("/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		ActorWriteService.Editable actor = this.actors.findEditable(slug)
			.orElseThrow(() -> new NotFoundException("actor", slug));
		return showForm(actor.data(), slug, actor.version(), null, model);
	}

	@PostMapping("/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") ActorData form,
			BindingResult binding, @RequestParam long version,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		if (action != null) {
			ActorData changed = changeRows(form, action);
			return showForm(changed, slug, version, FormErrors.conversionFailures(changed, binding), model);
		}
		BindingResult checked = this.validation.validateRest(form, binding, this.validator);
		return FormSave.save(() -> {
			this.actors.update(slug, form, version, Authors.of(user));
			return "Saved the actor “" + form.name() + "”.";
		}, checked, () -> showForm(form, slug, version, checked, model), redirect, "/admin/actors");
	}

	private static ActorData changeRows(ActorData form, String action) {
		RowAction row = RowAction.parse(action);
		if (row == null) {
			return form;
		}
		return row.is("add") ? form.withRowAdded(row.list())
				: row.is("remove") ? form.withRowRemoved(row.list(), row.index()) : form;
	}

	private String showForm(ActorData form, String slug, Long version, BindingResult binding, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		model.addAttribute("slug", slug);
		model.addAttribute("version", version);
		model.addAttribute("kinds", ActorKind.values());
		model.addAttribute("sources", this.sources.findAllRefs());
		return VIEW;
	}

}
