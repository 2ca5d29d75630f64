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
 * A name whose every word is written in one script ({@link LookAlikes#mixedScriptWord}):
 * "Marcо Rubio" with a Cyrillic "о" is refused, "Сергей Лавров" is not. Null is valid.
 */
@Documented
@Constraint(validatedBy = OneScriptPerWord.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneScriptPerWord {

	String message() default "{backchannel.validation.mixedScripts}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<OneScriptPerWord, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String word = LookAlikes.mixedScriptWord(value);
			if (word == null) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("word", word);
			return false;
		}

	}

}
