package org.backchannel.model;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The one validation path of the write services: Bean Validation on the write record (the
 * same constraints {@code @Valid} checks in the admin forms), then the record's own
 * Spring {@link Validator} for the rules that need the database or several fields. What
 * fails becomes an {@link InvalidInputException} with one message per field path, in the
 * words of {@code messages.properties}. A record's lists are checked against their caps
 * ({@link InputRules#MAX_ROWS}) first, and one over its cap is refused at once: no row is
 * validated or looked up.
 */
@Component
public class RecordValidator {

	private final jakarta.validation.Validator lists;

	private final Validator beanValidation;

	private final MessageSource messages;

	RecordValidator(jakarta.validation.Validator beanValidation, MessageSource messages) {
		this.lists = beanValidation;
		this.beanValidation = new SpringValidatorAdapter(beanValidation);
		this.messages = messages;
	}

	/**
	 * The Bean Validation errors of a record; throws at once, before any row is checked,
	 * when one of its lists is longer than its cap.
	 */
	public BindingResult constraints(Object record) {
		refuseLongLists(record);
		BindingResult errors = new BeanPropertyBindingResult(record, "record");
		this.beanValidation.validate(record, errors);
		return errors;
	}

	/**
	 * Checks the record's constraints and then {@code rules}; throws when either finds
	 * something.
	 */
	public void check(Object record, Validator rules) {
		BindingResult errors = constraints(record);
		if (rules != null) {
			rules.validate(record, errors);
		}
		throwIfInvalid(errors);
	}

	/**
	 * What {@code @Valid} leaves out when a form value could not be converted (a word
	 * where a number belongs): the constraints and {@code rules} of everything else, so
	 * that every message shows at once. Answers the binding result to show: the given one
	 * when {@code @Valid} ran, else one on the form that also holds the conversion
	 * errors.
	 */
	public BindingResult validateRest(Object form, BindingResult binding, Validator... rules) {
		if (binding.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
			return binding;
		}
		BindingResult result = new BeanPropertyBindingResult(form, binding.getObjectName());
		result.addAllErrors(binding);
		this.beanValidation.validate(form, result);
		for (Validator rule : rules) {
			rule.validate(form, result);
		}
		return result;
	}

	/**
	 * The constraints of a record's list properties alone: {@code validateProperty} does
	 * not cascade into the rows, so a list of 100,000 source ids costs one size check,
	 * not 100,000 row checks and a query with 100,000 parameters.
	 */
	void refuseLongLists(Object record) {
		if (record == null || !record.getClass().isRecord()) {
			return;
		}
		Map<String, String> tooLong = new LinkedHashMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			if (Collection.class.isAssignableFrom(component.getType())) {
				for (ConstraintViolation<Object> violation : this.lists.validateProperty(record, component.getName())) {
					tooLong.putIfAbsent(component.getName(), violation.getMessage());
				}
			}
		}
		if (!tooLong.isEmpty()) {
			throw new InvalidInputException(tooLong, record.getClass());
		}
	}

	public void throwIfInvalid(Errors errors) {
		if (errors.hasErrors()) {
			Object record = (errors instanceof BindingResult result) ? result.getTarget() : null;
			throw new InvalidInputException(messages(errors), (record != null) ? record.getClass() : null);
		}
	}

	/**
	 * One message per field path (the first a field has), as the API and the forms show
	 * them.
	 */
	public Map<String, String> messages(Errors errors) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			messages.putIfAbsent(error.getField(), this.messages.getMessage(error, Locale.ENGLISH));
		}
		for (ObjectError error : errors.getGlobalErrors()) {
			messages.putIfAbsent("form", this.messages.getMessage(error, Locale.ENGLISH));
		}
		return messages;
	}

}
