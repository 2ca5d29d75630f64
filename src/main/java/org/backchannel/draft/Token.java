package org.backchannel.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of the text with its span and a normalised form that makes transliteration
 * variants equal: lower case, no diacritics, ё as е, "U.S." as "us", and the usual
 * English renderings of Russian and Ukrainian endings folded (Sergey / Sergei, Darchiyev
 * / Darchiev, Zelenskyy / Zelensky, Yuriy / Yuri). A possessive "'s" is dropped and
 * noted.
 */
record Token(String raw, String norm, int start, int end, boolean capitalized, boolean possessive, boolean cyrillic) {

	private static final Pattern WORD = Pattern
		.compile("(?:\\p{L}\\.){2,}|\\p{L}[\\p{L}\\p{M}]*(?:['’\\-][\\p{L}\\p{M}]+)*(?:['’])?|\\d+(?:[.,:]\\d+)?");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.){2,}");

	static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String raw = m.group();
			boolean possessive = false;
			String word = raw;
			String lower = word.toLowerCase(Locale.ROOT);
			if (lower.endsWith("'s") || lower.endsWith("’s")) {
				word = word.substring(0, word.length() - 2);
				possessive = true;
			}
			else if (lower.endsWith("'") || lower.endsWith("’")) {
				word = word.substring(0, word.length() - 1);
				possessive = lower.endsWith("s'") || lower.endsWith("s’");
			}
			if (word.isEmpty()) {
				continue;
			}
			boolean cyrillic = Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
			tokens.add(new Token(raw, normalize(word), m.start(), m.end(), Character.isUpperCase(word.charAt(0)),
					possessive, cyrillic));
		}
		return tokens;
	}

	/** The normalised form of one word (see the class comment). */
	static String normalize(String word) {
		String s = word.toLowerCase(Locale.ROOT);
		if (!s.chars().allMatch((c) -> c < 128)) {
			s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
				.replaceAll("")
				.replace('ё', 'е')
				.replace('’', '\'');
			// Уиткофф / Виткофф, Уолтц / Волтц: two Cyrillic renderings of one
			// English W.
			if (s.startsWith("уи") || s.startsWith("уо")) {
				s = "в" + s.substring(1);
			}
		}
		if (s.indexOf('.') > 0 && INITIALS.matcher(s).matches()) {
			return s.replace(".", "");
		}
		if (s.chars().allMatch((c) -> c < 128)) {
			s = s.replace("iyev", "iev").replace("yy", "y");
			if (s.length() > 3 && s.endsWith("ey")) {
				s = s.substring(0, s.length() - 2) + "ei";
			}
			else if (s.length() > 3 && s.endsWith("iy")) {
				s = s.substring(0, s.length() - 1);
			}
		}
		return s;
	}

	/** Normalised words of a phrase, joined by single spaces. */
	static List<String> normalizeAll(String phrase) {
		return tokenize(phrase).stream().map(Token::norm).toList();
	}

	/**
	 * Whether this word is the dictionary word {@code word}: equal once normalised, or,
	 * in Cyrillic, the word with a case ending (Лаврова, Лавровым for Лавров).
	 */
	boolean is(String word) {
		if (this.norm.equals(word)) {
			return true;
		}
		if (this.cyrillic && word.length() >= 4 && this.norm.startsWith(word)
				&& this.norm.length() - word.length() <= 3) {
			return true;
		}
		// Plural of an office: "diplomats", "ministers".
		return this.norm.length() == word.length() + 1 && this.norm.endsWith("s") && this.norm.startsWith(word)
				&& !this.capitalized;
	}

}
