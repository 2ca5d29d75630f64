package org.backchannel.web.source;

import org.backchannel.web.page.FormErrors;
import org.backchannel.account.Authors;
import org.backchannel.web.page.FormSave;

import jakarta.validation.Valid;

import org.backchannel.model.DatePrecision;
import org.backchannel.source.SourceData;
import org.backchannel.source.Voice;
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
 * Creating and editing sources, with the archived text of each report.
 */
@PageController
@RequestMapping("/admin/sources")
class SourceAdminController {

	static final String VIEW = "admin/sources/createOrUpdateSourceForm";

	private final SourceWriteService sources;

	private final RecordValidator validation;

	SourceAdminController(SourceWriteService sources, RecordValidator validation) {
		this.sources = sources;
		this.validation = validation;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String showSources(Model model) {
		model.addAttribute("sources", this.sources.findAllRefs());
		return "admin/sources/sourceList";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showForm(SourceData.blank(), null, null, null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") SourceData form, BindingResult binding,
			Authentication user, Model model, RedirectAttributes redirect) {
		BindingResult checked = this.validation.validateRest(form, binding);
		return FormSave.save(() -> "Saved the source #" + this.sources.create(form, Authors.of(user)).id() + ".",
				checked, () -> showForm(form, null, null, checked, model), redirect, "/admin/sources");
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		SourceWriteService.Editable source = this.sources.findEditable(id)
			.orElseThrow(() -> new NotFoundException("source", id));
		return showForm(source.data(), id, source.version(), null, model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") SourceData form,
			BindingResult binding, @RequestParam long version, Authentication user, Model model,
			RedirectAttributes redirect) {
		BindingResult checked = this.validation.validateRest(form, binding);
		return FormSave.save(() -> {
			this.sources.update(id, form, version, Authors.of(user));
			return "Saved the source #" + id + ".";
		}, checked, () -> showForm(form, id, version, checked, model), redirect, "/admin/sources");
	}

	private String showForm(SourceData form, Long id, Long version, BindingResult binding, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		model.addAttribute("sourceId", id);
		model.addAttribute("version", version);
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("voices", Voice.values());
		return VIEW;
	}

}
