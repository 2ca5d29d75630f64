package org.backchannel.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A date known only to a given precision. {@code value} is the first day of the period
 * (the first of the month for MONTH, 1 January for YEAR) and {@code null} when UNKNOWN.
 */
public record PartialDate(@Nullable LocalDate value, DatePrecision precision) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	public PartialDate {
		if (precision == null) {
			throw new IllegalArgumentException("precision is required");
		}
		if ((precision == DatePrecision.UNKNOWN) != (value == null)) {
			throw new IllegalArgumentException("a date is given exactly when its precision is not UNKNOWN");
		}
		if (precision == DatePrecision.MONTH && value.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("a month is stored as its first day");
		}
		if (precision == DatePrecision.YEAR && value.getDayOfYear() != 1) {
			throw new IllegalArgumentException("a year is stored as 1 January");
		}
	}

	public static PartialDate day(LocalDate date) {
		return new PartialDate(date, DatePrecision.DAY);
	}

	public static PartialDate month(int year, int month) {
		return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
	}

	/**
	 * How a date is written at a precision: YYYY-MM-DD, YYYY-MM or YYYY (nothing for
	 * UNKNOWN).
	 */
	public static String shape(DatePrecision precision) {
		return switch (precision) {
			case DAY -> "YYYY-MM-DD";
			case MONTH -> "YYYY-MM";
			case YEAR -> "YYYY";
			case UNKNOWN -> "";
		};
	}

	/**
	 * Whether a date is written in the shape of its precision (a month or a year may also
	 * be written as its first day).
	 */
	public static boolean hasShape(String value, DatePrecision precision) {
		return switch (precision) {
			case DAY -> value.matches("\\d{4}-\\d{2}-\\d{2}");
			case MONTH -> value.matches("\\d{4}-\\d{2}(-01)?");
			case YEAR -> value.matches("\\d{4}(-01-01)?");
			case UNKNOWN -> value == null;
		};
	}

	/**
	 * A date as written at its precision ({@link #hasShape}); throws
	 * {@link java.time.DateTimeException} for a day or month that does not exist.
	 */
	public static PartialDate parse(String value, DatePrecision precision) {
		return switch (precision) {
			case UNKNOWN -> unknown();
			case DAY -> day(LocalDate.parse(value));
			case MONTH -> month(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)));
			case YEAR ->
				new PartialDate(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1), DatePrecision.YEAR);
		};
	}

	/**
	 * The date as written at its precision, or null when it is not one (wrong shape, no
	 * such day, outside the years 1 to 9999): what {@link PartialDateFields} reports.
	 */
	public static PartialDate tryParse(String value, DatePrecision precision) {
		if (precision == null) {
			return null;
		}
		if (precision == DatePrecision.UNKNOWN) {
			return (value == null) ? unknown() : null;
		}
		if (value == null || !hasShape(value, precision)) {
			return null;
		}
		try {
			PartialDate date = parse(value, precision);
			return InputRules.storable(date.value()) ? date : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	public static PartialDate unknown() {
		return new PartialDate(null, DatePrecision.UNKNOWN);
	}

	/**
	 * The last day this date may stand for: the day itself, the end of the month or year.
	 */
	public LocalDate lastDay() {
		return switch (this.precision) {
			case DAY -> this.value;
			case MONTH -> this.value.withDayOfMonth(this.value.lengthOfMonth());
			case YEAR -> this.value.withDayOfYear(this.value.lengthOfYear());
			case UNKNOWN -> null;
		};
	}

	/**
	 * Whether a dated fact (a role, say) that runs from {@code start} to {@code end}
	 * (either open) covers this date.
	 */
	public boolean within(LocalDate start, LocalDate end) {
		if (this.value == null) {
			return start == null && end == null;
		}
		return (start == null || !start.isAfter(this.value)) && (end == null || !end.isBefore(lastDay()));
	}

	/**
	 * The date as a reader should see it: "15 March 2025", "March 2025", "2025" or "date
	 * unknown".
	 */
	@JsonProperty("text")
	public String text() {
		return switch (this.precision) {
			case DAY -> DAY.format(this.value);
			case MONTH -> MONTH.format(this.value);
			case YEAR -> String.valueOf(this.value.getYear());
			case UNKNOWN -> "date unknown";
		};
	}

	/**
	 * ISO 8601 at the date's own precision: 2025-03-15, 2025-03 or 2025; empty when
	 * unknown.
	 */
	public String iso() {
		return switch (this.precision) {
			case DAY -> this.value.toString();
			case MONTH -> this.value.toString().substring(0, 7);
			case YEAR -> String.valueOf(this.value.getYear());
			case UNKNOWN -> "";
		};
	}

}
