package org.backchannel.web.proposal;

import org.backchannel.web.page.FormErrors;
import org.backchannel.account.Authors;
import org.backchannel.web.page.FormSave;
import org.backchannel.web.page.RowAction;

import jakarta.validation.Valid;

import org.backchannel.actor.ActorWriteService;
import org.backchannel.model.DatePrecision;
import org.backchannel.proposal.ProposalData;
import org.backchannel.proposal.ProposalValidator;
import org.backchannel.proposal.ProposalWriteService;
import org.backchannel.proposal.Stance;
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
 * Creating and editing proposals and the log of each party's position on them.
 */
@PageController
@RequestMapping("/admin/proposals")
class ProposalAdminController {

	static final String VIEW = "admin/proposals/createOrUpdateProposalForm";

	private final ProposalWriteService proposals;

	private final ActorWriteService actors;

	private final SourceWriteService sources;

	private final ProposalValidator validator;

	private final RecordValidator validation;

	ProposalAdminController(ProposalWriteService proposals, ActorWriteService actors, SourceWriteService sources,
			ProposalValidator validator, RecordValidator validation) {
		this.validation = validation;
		this.proposals = proposals;
		this.validator = validator;
		this.actors = actors;
		this.sources = sources;
	}

	/**
	 * Form records are built through their constructors only; {@code @Valid} checks their
	 * constraints and the rules of ProposalValidator.
	 */
	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
		binder.addValidators(this.validator);
	}

	@GetMapping
	String showProposals(Model model) {
		model.addAttribute("proposals", this.proposals.findAllRefs());
		return "admin/proposals/proposalList";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showForm(ProposalData.blank(), null, null, null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") ProposalData form, BindingResult binding,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		if (action != null) {
			ProposalData changed = changeRows(form, action);
			return showForm(changed, null, null, FormErrors.conversionFailures(changed, binding), model);
		}
		BindingResult checked = this.validation.validateRest(form, binding, this.validator);
		return FormSave.save(() -> {
			ProposalWriteService.Saved saved = this.proposals.create(form, Authors.of(user));
			return "Saved the proposal “" + form.title() + "” (" + saved.slug() + ").";
		}, checked, () -> showForm(form, null, null, checked, model), redirect, "/admin/proposals");
	}

	@GetMapping("/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		ProposalWriteService.Editable proposal = this.proposals.findEditable(slug)
			.orElseThrow(() -> new NotFoundException("proposal", slug));
		return showForm(proposal.data(), slug, proposal.version(), null, model);
	}

	@PostMapping("/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") ProposalData form,
			BindingResult binding, @RequestParam long version,
			@RequestParam(name = "_action", required = false) String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		if (action != null) {
			ProposalData changed = changeRows(form, action);
			return showForm(changed, slug, version, FormErrors.conversionFailures(changed, binding), model);
		}
		BindingResult checked = this.validation.validateRest(form, binding, this.validator);
		return FormSave.save(() -> {
			this.proposals.update(slug, form, version, Authors.of(user));
			return "Saved the proposal “" + form.title() + "”.";
		}, checked, () -> showForm(form, slug, version, checked, model), redirect, "/admin/proposals");
	}

	private static ProposalData changeRows(ProposalData form, String action) {
		RowAction row = RowAction.parse(action);
		if (row == null) {
			return form;
		}
		return row.is("add") ? form.withRowAdded(row.list())
				: row.is("remove") ? form.withRowRemoved(row.list(), row.index()) : form;
	}

	private String showForm(ProposalData form, String slug, Long version, BindingResult binding, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		model.addAttribute("slug", slug);
		model.addAttribute("version", version);
		model.addAttribute("actors", this.actors.findAllRefs());
		model.addAttribute("sources", this.sources.findAllRefs());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("precisions", DatePrecision.values());
		return VIEW;
	}

}
