package org.backchannel.web.page;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.backchannel.model.InvalidInputException;
import org.backchannel.model.StaleVersionException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The last step the actor, proposal and source forms share: save, then show the list with
 * a message; a rule broken or an edit that came too late shows the form again instead,
 * with what went wrong.
 */
public final class FormSave {

	private FormSave() {
	}

	/**
	 * @param save saves the form and answers the message to show above the list
	 * @param showAgain shows the form again with these error messages
	 * @param listUrl the page to go to once it is saved
	 */
	public static String save(Supplier<String> save, Function<Map<String, String>, String> showAgain,
			RedirectAttributes redirect, String listUrl) {
		try {
			redirect.addFlashAttribute("message", save.get());
			return "redirect:" + listUrl;
		}
		catch (InvalidInputException ex) {
			return showAgain.apply(ex.getErrors());
		}
		catch (StaleVersionException ex) {
			return showAgain.apply(Map.of("version", ex.getMessage()));
		}
	}

}
