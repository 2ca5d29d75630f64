package org.backchannel.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a report into sentences with their character spans. A line break always ends a
 * sentence (headlines, datelines and captions stand alone); inside a line a full stop,
 * question or exclamation mark ends one when the next word starts with a capital, a digit
 * or a quotation mark, unless it closes an abbreviation ("U.S.", "Mr.", "Gen.", an
 * initial). A run of more than {@link #MAX_LENGTH} characters is cut at a space, so the
 * work per sentence stays bounded.
 */
final class Sentences {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "adm", "lt", "col", "maj",
			"capt", "sgt", "st", "jr", "sr", "no", "sen", "rep", "gov", "prof", "amb", "pres", "jan", "feb", "mar",
			"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "approx", "inc", "corp", "co",
			"ltd");

	private static final String CLOSERS = "\"'”’»)]";

	/** Sentences read from one report: a news report is shorter; the rest is not read. */
	static final int MAX_SENTENCES = 250;

	/**
	 * A longer run without a full stop is cut at the next space (no sentence grows
	 * without bound).
	 */
	static final int MAX_LENGTH = 400;

	private Sentences() {
	}

	static List<Sentence> split(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int length = text.length();
		int start = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				add(sentences, text, start, i);
				start = i + 1;
			}
			else if (i - start >= MAX_LENGTH && (Character.isWhitespace(c) || i - start >= 2 * MAX_LENGTH)) {
				add(sentences, text, start, i);
				start = i + 1;
			}
			else if (c == '.' || c == '!' || c == '?' || c == '…') {
				int end = i + 1;
				while (end < length && CLOSERS.indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				if (end >= length || !Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '\n'
						|| text.charAt(end) == '\r') {
					continue;
				}
				int next = end;
				while (next < length && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
					next++;
				}
				if (next >= length) {
					continue;
				}
				char following = text.charAt(next);
				boolean opens = Character.isUpperCase(following) || Character.isDigit(following)
						|| "\"'“‘«(—–-".indexOf(following) >= 0;
				if (opens && !(c == '.' && abbreviation(text, i))) {
					add(sentences, text, start, end);
					start = end;
				}
			}
		}
		add(sentences, text, start, length);
		List<Sentence> numbered = new ArrayList<>(sentences.size());
		for (Sentence s : sentences) {
			numbered.add(new Sentence(numbered.size(), s.start(), s.end(), s.text()));
		}
		return numbered;
	}

	/** Whether the full stop at {@code dot} closes an abbreviation or an initial. */
	private static boolean abbreviation(String text, int dot) {
		int wordStart = dot;
		while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		String word = text.substring(wordStart, dot);
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true; // an initial, or the last letter of "U.S."
		}
		return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
	}

	private static void add(List<Sentence> sentences, String text, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			sentences.add(new Sentence(0, start, end, text.substring(start, end)));
		}
	}

}
