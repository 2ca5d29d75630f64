package org.backchannel.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text of several lines: printable text, tabs and line breaks ({@link Characters}). Null
 * is valid.
 */
@Documented
@Constraint(validatedBy = MultiLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {

	String message() default "{backchannel.validation.characters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<MultiLine, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return SingleLine.Validator.report(Characters.multiLineProblem(value), context);
		}

	}

}
