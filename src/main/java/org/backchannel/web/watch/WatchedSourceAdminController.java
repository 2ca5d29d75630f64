package org.backchannel.web.watch;

import jakarta.validation.Valid;

import org.backchannel.model.NotFoundException;
import org.backchannel.model.RecordValidator;
import org.backchannel.watch.FeedPoller;
import org.backchannel.watch.WatchedSource;
import org.backchannel.watch.WatchedSourceData;
import org.backchannel.watch.WatchedSourceService;
import org.backchannel.web.page.FormErrors;
import org.backchannel.web.page.FormSave;

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
 * Watched sources (ADMIN): the list with each source's state, adding and editing one, and
 * "poll now".
 */
@PageController
@RequestMapping("/admin/sources/watched")
class WatchedSourceAdminController {

	static final String VIEW = "admin/watch/createOrUpdateWatchedSourceForm";

	private final WatchedSourceService sources;

	private final FeedPoller poller;

	private final RecordValidator validation;

	WatchedSourceAdminController(WatchedSourceService sources, FeedPoller poller, RecordValidator validation) {
		this.sources = sources;
		this.poller = poller;
		this.validation = validation;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String showSources(Model model) {
		model.addAttribute("sources", this.sources.findAll());
		return "admin/watch/watchedSourceList";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showForm(WatchedSourceData.blank(), null, null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") WatchedSourceData form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult checked = this.validation.validateRest(form, binding);
		return FormSave.save(() -> "Watching “" + this.sources.create(form).name() + "”: it is read within a minute.",
				checked, () -> showForm(form, null, checked, model), redirect, "/admin/sources/watched");
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		WatchedSource source = this.sources.find(id).orElseThrow(() -> new NotFoundException("watched source", id));
		return showForm(source.toData(), source, null, model);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") WatchedSourceData form,
			BindingResult binding, @RequestParam long version, Model model, RedirectAttributes redirect) {
		WatchedSource source = this.sources.find(id).orElseThrow(() -> new NotFoundException("watched source", id));
		BindingResult checked = this.validation.validateRest(form, binding);
		return FormSave.save(() -> "Saved “" + this.sources.update(id, form, version).name() + "”.", checked,
				() -> showForm(form, source, checked, model), redirect, "/admin/sources/watched");
	}

	/** Reads the feed now, on this request (an admin's check that an address works). */
	@PostMapping("/{id}/poll")
	String pollNow(@PathVariable long id, RedirectAttributes redirect) {
		this.sources.find(id).orElseThrow(() -> new NotFoundException("watched source", id));
		FeedPoller.Outcome outcome = this.poller.poll(id, true);
		redirect.addFlashAttribute("message",
				!outcome.polled() ? "Not read now: " + outcome.error()
						: (outcome.error() != null) ? "Reading the feed failed: " + outcome.error()
								: "Read " + outcome.seen() + " items: " + outcome.queued() + " new in the queue, "
										+ outcome.edited() + " edited.");
		return "redirect:/admin/sources/watched/" + id;
	}

	private String showForm(WatchedSourceData form, WatchedSource source, BindingResult binding, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		model.addAttribute("source", source);
		model.addAttribute("voices", WatchedSourceData.VOICES);
		return VIEW;
	}

}
