package org.backchannel.draft;

import java.util.Locale;

/**
 * The report's language when the sender does not give it: Russian when most of its
 * letters are Cyrillic, English otherwise (the two the reader knows). Reads at most the
 * first 5,000 characters.
 */
final class Languages {

	private Languages() {
	}

	static String detect(String text) {
		int cyrillic = 0;
		int letters = 0;
		int to = Math.min(text.length(), 5_000);
		for (int i = 0; i < to; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
					cyrillic++;
				}
			}
		}
		return (letters > 0 && cyrillic * 2 > letters) ? "ru" : "en";
	}

	/** As given when given (its primary subtag, lower case), detected otherwise. */
	static String of(String given, String text) {
		if (given != null && !given.isBlank()) {
			String tag = given.strip().toLowerCase(Locale.ROOT);
			int dash = tag.indexOf('-');
			return (dash > 0) ? tag.substring(0, dash) : tag;
		}
		return detect(text);
	}

}
