package org.backchannel.model;

import java.util.EnumSet;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Which characters text may hold, in one place: what the write checks refuse and what the
 * XML and iCalendar writers drop from text already stored (a second line of defence for
 * data that predates the checks or came in by SQL).
 */
public final class Characters {

	private Characters() {
	}

	/**
	 * The first character a single-line field may not hold, described for a message, or
	 * null when there is none: controls (C0, DEL, C1, so also CR, LF and ESC), line and
	 * paragraph separators, bidirectional overrides and isolates, noncharacters, unpaired
	 * surrogates, and anything that renders as nothing: format characters (Unicode
	 * category Cf: zero-width space, left-to-right and right-to-left marks, soft hyphen,
	 * word joiner, byte order mark, tags…) and the other default-ignorable code points
	 * (variation selectors, Hangul fillers, the combining grapheme joiner). A name with
	 * one looks exactly like the name without it. The one exception: the zero-width
	 * non-joiner and joiner (U+200C, U+200D) between two letters of a script that needs
	 * them to spell words ({@link #JOINING_SCRIPTS}: Arabic for Persian and Urdu, Syriac,
	 * and the Brahmic scripts of South Asia).
	 */
	public static String singleLineProblem(String value) {
		return problem(value, false);
	}

	/**
	 * As {@link #singleLineProblem(String)}, but tab, line feed and carriage return are
	 * allowed.
	 */
	public static String multiLineProblem(String value) {
		return problem(value, true);
	}

	private static String problem(String value, boolean multiLine) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
					if (isNoncharacter(codePoint)) {
						return describe(codePoint) + " (a noncharacter)";
					}
					if (!multiLine && isInvisible(codePoint)) {
						return "the invisible character " + describe(codePoint);
					}
					i++;
					continue;
				}
				return "an unpaired surrogate " + describe(c);
			}
			if (Character.isLowSurrogate(c)) {
				return "an unpaired surrogate " + describe(c);
			}
			if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
				continue;
			}
			if (Character.getType(c) == Character.CONTROL) {
				return "the control character " + describe(c);
			}
			if (c == '\u2028' || c == '\u2029') {
				return "the line separator " + describe(c);
			}
			if (isBidiControl(c)) {
				return "the bidirectional formatting character " + describe(c);
			}
			if (isNoncharacter(c)) {
				return describe(c) + " (a noncharacter)";
			}
			if (!multiLine && isInvisible(c)) {
				if (isJoiner(c)) {
					if (!joinsLetters(value, i)) {
						return "the zero-width " + ((c == ZWNJ) ? "non-joiner " : "joiner ") + describe(c)
								+ " here (it is allowed only between two letters of a script that needs it, "
								+ "such as Persian or Devanagari)";
					}
				}
				else {
					return "the invisible character " + describe(c);
				}
			}
		}
		return null;
	}

	private static final char ZWNJ = '\u200C';

	private static final char ZWJ = '\u200D';

	/**
	 * The scripts whose words are spelled with a zero-width non-joiner or joiner between
	 * letters: Arabic (for Persian and Urdu), Syriac, and the Brahmic scripts of South
	 * Asia (conjuncts and half forms in Devanagari, Bengali, Sinhala…).
	 */
	static final Set<Character.UnicodeScript> JOINING_SCRIPTS = EnumSet.of(Character.UnicodeScript.ARABIC,
			Character.UnicodeScript.SYRIAC, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI,
			Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA,
			Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA,
			Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA);

	/**
	 * A character that renders as nothing: a format character (Cf) or another
	 * default-ignorable code point (Unicode's own list, from ICU's current data).
	 */
	static boolean isInvisible(int c) {
		return Character.getType(c) == Character.FORMAT
				|| UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
	}

	private static boolean isJoiner(char c) {
		return c == ZWNJ || c == ZWJ;
	}

	/**
	 * Whether the joiner at {@code index} stands between two letters of a joining script.
	 */
	private static boolean joinsLetters(String value, int index) {
		if (index == 0 || index + 1 >= value.length()) {
			return false;
		}
		return isJoiningLetter(value.codePointBefore(index)) && isJoiningLetter(value.codePointAt(index + 1));
	}

	private static boolean isJoiningLetter(int c) {
		int type = Character.getType(c);
		boolean letterOrMark = Character.isLetter(c) || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return letterOrMark && (JOINING_SCRIPTS.contains(script)
				|| (script == Character.UnicodeScript.INHERITED && type == Character.NON_SPACING_MARK));
	}

	/**
	 * The text without anything XML 1.0 (and so Atom) or an iCalendar TEXT value cannot
	 * carry: controls other than tab, line feed and carriage return, noncharacters and
	 * unpaired surrogates. Null stays null.
	 */
	public static String printable(String value) {
		if (value == null || multiLineProblem(value) == null) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
				if (!isNoncharacter(codePoint)) {
					out.append(c).append(value.charAt(i + 1));
				}
				i++;
				continue;
			}
			if (Character.isSurrogate(c) || isNoncharacter(c)
					|| (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')) {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	static boolean isNoncharacter(int c) {
		return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
	}

	private static String describe(int c) {
		return String.format("U+%04X", c);
	}

}
