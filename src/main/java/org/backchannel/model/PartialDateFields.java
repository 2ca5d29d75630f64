package org.backchannel.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A record's date written at its precision ({@link PartialDate#parse}): 2025-03-15 for
 * DAY, 2025-03 for MONTH, 2025 for YEAR, nothing for UNKNOWN, in the years 1 to 9999. The
 * message goes to the date's field, or to the precision's when that is missing.
 */
@Documented
@Constraint(validatedBy = PartialDateFields.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PartialDateFields {

	/** Why a date outside the years 1 to 9999 is refused. */
	String YEAR_RANGE = "{backchannel.validation.yearRange}";

	/** The record component that holds the date as written. */
	String date();

	/** The record component that holds its {@link DatePrecision}. */
	String precision();

	String message() default "{backchannel.validation.partialDate.notReal}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PartialDateFields, Object> {

		private String dateField;

		private String precisionField;

		@Override
		public void initialize(PartialDateFields annotation) {
			this.dateField = annotation.date();
			this.precisionField = annotation.precision();
		}

		@Override
		public boolean isValid(Object record, ConstraintValidatorContext context) {
			if (record == null) {
				return true;
			}
			String value = (String) read(record, this.dateField);
			DatePrecision precision = (DatePrecision) read(record, this.precisionField);
			if (precision == null) {
				return reject(context, this.precisionField, "{backchannel.validation.partialDate.precisionRequired}",
						null, null);
			}
			if (precision == DatePrecision.UNKNOWN) {
				return value == null || reject(context, this.dateField,
						"{backchannel.validation.partialDate.mustBeEmpty}", null, null);
			}
			String shape = PartialDate.shape(precision);
			if (value == null) {
				return reject(context, this.dateField, "{backchannel.validation.partialDate.missing}", shape,
						precision);
			}
			if (!PartialDate.hasShape(value, precision)) {
				return reject(context, this.dateField, "{backchannel.validation.partialDate.shape}", shape, precision);
			}
			try {
				PartialDate date = PartialDate.parse(value, precision);
				return InputRules.storable(date.value()) || reject(context, this.dateField, YEAR_RANGE, null, null);
			}
			catch (RuntimeException ex) {
				return reject(context, this.dateField, "{backchannel.validation.partialDate.notReal}", null, null);
			}
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String template, String shape,
				DatePrecision precision) {
			context.disableDefaultConstraintViolation();
			if (shape != null) {
				HibernateConstraintValidatorContext hibernate = context
					.unwrap(HibernateConstraintValidatorContext.class);
				hibernate.addMessageParameter("shape", shape);
				hibernate.addMessageParameter("precision", precision.name());
			}
			context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
			return false;
		}

		private static Object read(Object record, String component) {
			try {
				return record.getClass().getMethod(component).invoke(record);
			}
			catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("No readable component " + component + " on " + record.getClass(), ex);
			}
		}

	}

}
