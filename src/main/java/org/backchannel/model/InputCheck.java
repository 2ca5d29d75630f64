package org.backchannel.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the field errors of one submitted record, the same way for the forms and the
 * API: each message is keyed by the field's path ({@code title},
 * {@code participants[1].actor}) so a form shows it next to its field and the API names
 * the field.
 */
public final class InputCheck {

	/**
	 * The longest summary, description, quote or claim (a {@code text} column): long
	 * enough for any readout, short enough that no one stores a book in a field.
	 */
	public static final int LONG_TEXT = 20_000;

	/** The longest archived copy of a report. */
	public static final int ARCHIVED_TEXT = 500_000;

	private final Map<String, String> errors = new LinkedHashMap<>();

	public Map<String, String> errors() {
		return this.errors;
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** The first message for a field wins: it is the most basic. */
	public void reject(String field, String message) {
		this.errors.putIfAbsent(field, message);
	}

	public boolean required(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			reject(field, "is required.");
			return false;
		}
		return true;
	}

	/**
	 * A one-line text for a column of {@code max} characters (counted as PostgreSQL
	 * counts them, in code points): no controls, line breaks, bidirectional overrides,
	 * noncharacters or unpaired surrogates.
	 */
	public void singleLine(String field, String value, int max) {
		text(field, value, max, Characters.singleLineProblem(value));
	}

	/**
	 * A text of several lines for a column of {@code max} characters: printable text,
	 * tabs and line breaks.
	 */
	public void multiLine(String field, String value, int max) {
		text(field, value, max, Characters.multiLineProblem(value));
	}

	private void text(String field, String value, int max, String problem) {
		if (value == null) {
			return;
		}
		if (value.codePointCount(0, value.length()) > max) {
			reject(field, "must be at most " + max + " characters long.");
		}
		else if (problem != null) {
			reject(field, "must not contain " + problem + ".");
		}
	}

	public void country(String field, String value) {
		if (value != null && !value.matches("[A-Z]{2}")) {
			reject(field, "must be a two-letter ISO 3166 country code in capitals, such as US or RU.");
		}
	}

	public void slug(String field, String value, int max) {
		if (value != null && (value.length() > max || !value.matches("[a-z0-9]+(-[a-z0-9]+)*"))) {
			reject(field,
					"may contain only lower-case letters, digits and single hyphens (at most " + max + " characters).");
		}
	}

	public void url(String field, String value) {
		if (value == null) {
			return;
		}
		try {
			URI uri = new URI(value);
			if (uri.getScheme() == null
					|| !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
					|| uri.getHost() == null) {
				reject(field, "must be a web address starting with http:// or https://.");
			}
		}
		catch (URISyntaxException ex) {
			reject(field, "must be a valid web address (" + ex.getReason() + ").");
		}
		singleLine(field, value, 2000);
	}

	/**
	 * A day in ISO 8601 (2025-03-15), or null (and a message) when it is not one.
	 */
	public LocalDate day(String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value);
			if (storable(day)) {
				return day;
			}
			reject(field, YEAR_RANGE);
			return null;
		}
		catch (DateTimeParseException ex) {
			reject(field, "must be a date in the form YYYY-MM-DD.");
			return null;
		}
	}

	/** Why a date outside {@link #storable(LocalDate)} is refused. */
	public static final String YEAR_RANGE = "must be in the years 1 to 9999.";

	/**
	 * Whether a day lies in the years 1 to 9999: PostgreSQL stores neither year 0 nor the
	 * far future Java accepts, and no record needs them.
	 */
	public static boolean storable(LocalDate day) {
		return day.getYear() >= 1 && day.getYear() <= 9999;
	}

	/** Whether an instant lies in the years 1 to 9999 (UTC). */
	public static boolean storable(Instant instant) {
		return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
	}

	private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

	public Integer positiveNumber(String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		reject(field, "must be a whole number greater than zero.");
		return null;
	}

	/**
	 * A date written at its precision: 2025-03-15 for DAY, 2025-03 for MONTH, 2025 for
	 * YEAR, nothing for UNKNOWN. Null (and a message) when the two do not agree.
	 */
	public PartialDate partialDate(String field, String precisionField, String value, DatePrecision precision) {
		if (precision == null) {
			reject(precisionField, "is required: DAY, MONTH, YEAR or UNKNOWN.");
			return null;
		}
		try {
			PartialDate parsed = switch (precision) {
				case UNKNOWN -> {
					if (value != null) {
						reject(field, "must be empty when the date is unknown.");
						yield null;
					}
					yield PartialDate.unknown();
				}
				case DAY -> {
					requireShape(value, "\\d{4}-\\d{2}-\\d{2}", "YYYY-MM-DD");
					yield PartialDate.day(LocalDate.parse(value));
				}
				case MONTH -> {
					requireShape(value, "\\d{4}-\\d{2}(-01)?", "YYYY-MM");
					yield PartialDate.month(Integer.parseInt(value.substring(0, 4)),
							Integer.parseInt(value.substring(5, 7)));
				}
				case YEAR -> {
					requireShape(value, "\\d{4}(-01-01)?", "YYYY");
					yield new PartialDate(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1),
							DatePrecision.YEAR);
				}
			};
			if (parsed != null && parsed.value() != null && !storable(parsed.value())) {
				reject(field, YEAR_RANGE);
				return null;
			}
			return parsed;
		}
		catch (ShapeException ex) {
			reject(field,
					(value == null)
							? "is required when the precision is " + precision + " (write it as " + ex.getMessage()
									+ ")."
							: "must be written as " + ex.getMessage() + " for the precision " + precision + ".");
			return null;
		}
		catch (java.time.DateTimeException | IllegalArgumentException ex) {
			reject(field, "is not a real date.");
			return null;
		}
	}

	private static void requireShape(String value, String pattern, String shape) {
		if (value == null || !value.matches(pattern)) {
			throw new ShapeException(shape);
		}
	}

	/**
	 * A slug from free text: "Rubio–Lavrov phone call" becomes "rubio-lavrov-phone-call".
	 */
	public static String slugify(String text, int maxLength) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > maxLength) {
			slug = slug.substring(0, maxLength).replaceAll("-+$", "");
		}
		return slug;
	}

	/** A copy of a list with one more row (the forms' "add" buttons). */
	public static <T> List<T> append(List<T> list, T row) {
		List<T> copy = new ArrayList<>(list);
		copy.add(row);
		return copy;
	}

	/** A copy of a list without row {@code index} (the forms' "remove" buttons). */
	public static <T> List<T> without(List<T> list, int index) {
		List<T> copy = new ArrayList<>(list);
		if (index >= 0 && index < copy.size()) {
			copy.remove(index);
		}
		return copy;
	}

	/** Blank input is no input. */
	public static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static final class ShapeException extends RuntimeException {

		ShapeException(String shape) {
			super(shape, null, false, false);
		}

	}

}
