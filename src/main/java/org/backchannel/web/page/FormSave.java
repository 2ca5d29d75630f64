package org.backchannel.web.page;

import java.util.function.Supplier;

import org.backchannel.model.InvalidInputException;
import org.backchannel.model.StaleVersionException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The last step the actor, proposal and source forms share: save, then show the list with
 * a message; a rule broken or an edit that came too late shows the form again instead,
 * with what went wrong in its binding result.
 */
public final class FormSave {

	private FormSave() {
	}

	/**
	 * @param save saves the form and answers the message to show above the list
	 * @param binding the form's binding result, where a broken rule is reported
	 * @param showAgain shows the form again with what the binding result reports
	 * @param listUrl the page to go to once it is saved
	 */
	public static String save(Supplier<String> save, BindingResult binding, Supplier<String> showAgain,
			RedirectAttributes redirect, String listUrl) {
		if (binding.hasErrors()) {
			return showAgain.get();
		}
		try {
			redirect.addFlashAttribute("message", save.get());
			return "redirect:" + listUrl;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, "", ex.getErrors());
			return showAgain.get();
		}
		catch (StaleVersionException ex) {
			binding.reject("conflict", ex.getMessage());
			return showAgain.get();
		}
	}

}
