package org.backchannel.model;

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
	 * paragraph separators, bidirectional overrides and isolates, noncharacters and
	 * unpaired surrogates.
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
		}
		return null;
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
