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
