package org.backchannel.draft;

import java.util.List;
import java.util.Map;

/**
 * The words that name a country in news English (adjectives, capitals used for the
 * government: "Moscow", "Washington"), by ISO code. Normalised as {@link Token} does.
 */
final class Countries {

	static final Map<String, String> WORDS = Map.ofEntries(Map.entry("us", "US"), Map.entry("usa", "US"),
			Map.entry("america", "US"), Map.entry("american", "US"), Map.entry("americans", "US"),
			Map.entry("washington", "US"), Map.entry("russia", "RU"), Map.entry("russian", "RU"),
			Map.entry("russians", "RU"), Map.entry("moscow", "RU"), Map.entry("kremlin", "RU"),
			Map.entry("ukraine", "UA"), Map.entry("ukrainian", "UA"), Map.entry("ukrainians", "UA"),
			Map.entry("kyiv", "UA"), Map.entry("kiev", "UA"), Map.entry("britain", "GB"), Map.entry("british", "GB"),
			Map.entry("uk", "GB"), Map.entry("france", "FR"), Map.entry("french", "FR"), Map.entry("saudi", "SA"),
			Map.entry("turkey", "TR"), Map.entry("turkish", "TR"), Map.entry("turkiye", "TR"),
			Map.entry("germany", "DE"), Map.entry("german", "DE"), Map.entry("china", "CN"), Map.entry("chinese", "CN"),
			Map.entry("hungary", "HU"), Map.entry("hungarian", "HU"), Map.entry("россии", "RU"),
			Map.entry("российский", "RU"), Map.entry("сша", "US"), Map.entry("американский", "US"),
			Map.entry("emirati", "AE"), Map.entry("qatari", "QA"));

	/** Two-word names: "United States", "Saudi Arabia", "United Kingdom". */
	static final Map<List<String>, String> PAIRS = Map.of(List.of("united", "states"), "US", List.of("saudi", "arabia"),
			"SA", List.of("united", "kingdom"), "GB", List.of("russian", "federation"), "RU");

	private Countries() {
	}

	/**
	 * The country the words at {@code i} name, and how many words they take; null if
	 * none.
	 */
	static String at(List<Token> tokens, int i) {
		if (i < 0 || i >= tokens.size()) {
			return null;
		}
		if (i + 1 < tokens.size()) {
			String pair = PAIRS.get(List.of(tokens.get(i).norm(), tokens.get(i + 1).norm()));
			if (pair != null) {
				return pair;
			}
		}
		return WORDS.get(tokens.get(i).norm());
	}

	/** The country two-word names end in at {@code i} ("States" of "United States"). */
	static String endingAt(List<Token> tokens, int i) {
		if (i >= 1) {
			String pair = PAIRS.get(List.of(tokens.get(i - 1).norm(), tokens.get(i).norm()));
			if (pair != null) {
				return pair;
			}
		}
		return (i >= 0 && i < tokens.size()) ? WORDS.get(tokens.get(i).norm()) : null;
	}

	static boolean startsPair(List<Token> tokens, int i) {
		return i + 1 < tokens.size() && PAIRS.containsKey(List.of(tokens.get(i).norm(), tokens.get(i + 1).norm()));
	}

	static String side(String country) {
		if (country == null) {
			return null;
		}
		return switch (country) {
			case "US" -> "US";
			case "RU" -> "RUSSIA";
			case "UA" -> "UKRAINE";
			default -> "OTHER";
		};
	}

}
