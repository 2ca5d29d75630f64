package org.backchannel.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * {@link Size} on text counts characters as PostgreSQL counts them, in code points: a
 * {@code varchar(200)} holds 200 emoji, which are 400 Java chars. Registered in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}; Hibernate Validator
 * prefers it to its own validator for {@code CharSequence} on every {@code String}.
 */
public class CodePointSize implements ConstraintValidator<Size, String> {

	private int min;

	private int max;

	@Override
	public void initialize(Size size) {
		this.min = size.min();
		this.max = size.max();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		int length = value.codePointCount(0, value.length());
		return length >= this.min && length <= this.max;
	}

}
