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
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * One line of text: no controls (so no line breaks), line or paragraph separators,
 * bidirectional overrides, noncharacters or unpaired surrogates ({@link Characters}).
 * Null is valid.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "{backchannel.validation.characters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SingleLine, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return Validator.report(Characters.singleLineProblem(value), context);
		}

		/** Names the character in the message: "must not contain U+0001 …". */
		static boolean report(String problem, ConstraintValidatorContext context) {
			if (problem == null) {
				return true;
			}
			if (context instanceof HibernateConstraintValidatorContext hibernate) {
				hibernate.addMessageParameter("problem", problem);
			}
			else {
				context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("problem", problem);
			}
			return false;
		}

	}

}
