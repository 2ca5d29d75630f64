package org.backchannel.web.page;

import java.util.Map;

import org.springframework.beans.BeansException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The binding results the admin forms show: th:field reads each control's value from them
 * (the value typed in, when it could not be converted) and th:errors its messages.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** A form shown as it is, with nothing to report. */
	public static BindingResult none(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	/**
	 * A form whose rows changed (a row added or removed): only the values that could not
	 * be converted are reported again, where they were typed; the rules are checked when
	 * the form is saved.
	 */
	public static BindingResult conversionFailures(Object form, BindingResult binding) {
		BindingResult result = none(form);
		binding.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(result::addError);
		return result;
	}

	/**
	 * The messages of a rule the service found broken, each next to its field
	 * ({@code prefix} + the record's path); one that names no field of the form is shown
	 * above it.
	 */
	public static void reject(BindingResult binding, String prefix, Map<String, String> errors) {
		errors.forEach((field, message) -> {
			try {
				binding.rejectValue(prefix + field, "rejected", message);
			}
			catch (BeansException ex) {
				binding.reject("rejected", message);
			}
		});
	}

}
