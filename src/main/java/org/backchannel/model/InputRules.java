package org.backchannel.model;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the write records share that is not validation (that is Bean Validation on the
 * records, see {@link SingleLine} and {@link PartialDateFields}): the longest texts, the
 * years PostgreSQL stores, slugs made from titles, the forms' list rows and blank input
 * cleaned to null.
 */
public final class InputRules {

	private InputRules() {
	}

	/**
	 * The longest summary, description, quote or claim (a {@code text} column): long
	 * enough for any readout, short enough that no one stores a book in a field.
	 */
	public static final int LONG_TEXT = 20_000;

	/**
	 * The most rows one list of a write record holds (participants, readouts, quotes,
	 * claims, proposals and sources of an event, a readout's key quotes, an actor's
	 * aliases and roles, a proposal's positions): far more than any record needs, below
	 * the 256 indexed rows a form binds, and few enough that the rows' look-ups are one
	 * query each.
	 */
	public static final int MAX_ROWS = 200;

	/** The longest archived copy of a report. */
	public static final int ARCHIVED_TEXT = 500_000;

	/**
	 * What a slug may hold: lower-case letters and digits, words joined by single
	 * hyphens.
	 */
	public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** An ISO 3166 country code in capitals. */
	public static final String COUNTRY = "[A-Z]{2}";

	/** A language: an ISO 639 code in lower case, with a region or script if needed. */
	public static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

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

	/**
	 * Blank input is no input. Migrations V12 and V18 repeat this in SQL and name it by
	 * this class's former name, {@code InputCheck.clean} (a landed migration is never
	 * edited).
	 */
	public static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
