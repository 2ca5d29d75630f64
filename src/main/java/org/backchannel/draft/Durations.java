package org.backchannel.draft;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a contact lasted, as news words it: "three hours", "2 hours and 5 minutes",
 * "70 minutes", "an hour and a half", "one and a half hours", "4.5 hours", "a three-hour
 * meeting", "1 h 15 min", "half an hour". A span followed by "before", "after", "later"
 * or "ago" is a wait or an interval, not a length.
 */
final class Durations {

	/** A length in minutes and where it is written. */
	record Found(int minutes, int start, int end) {

	}

	private static final Map<String, Double> NUMBERS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
			Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
			Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
			Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
			Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
			Map.entry("forty-five", 45.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
			Map.entry("seventy", 70.0), Map.entry("ninety", 90.0));

	private static final String NUM = "(\\d+(?:[.,]\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
			+ "|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|seventy|ninety)";

	private static final Pattern HOURS = Pattern.compile("(?i)\\b(?:(half an?)\\s+hour|" + NUM
			+ "(\\s+and\\s+a\\s+half)?[\\s-]*(?:hours?|hrs?|h)\\b(\\s+and\\s+a\\s+half)?(?:,?\\s*(?:and\\s+)?" + NUM
			+ "[\\s-]*(?:minutes?|mins?|min)\\b)?)(?!\\s+(?:before|after|later|ago|earlier|of\\s+waiting|wait))");

	private static final Pattern MINUTES = Pattern
		.compile("(?i)\\b" + NUM + "[\\s-]*(?:minutes?|mins?|min)\\b(?!\\s+(?:before|after|later|ago|earlier|late))");

	private Durations() {
	}

	static Found find(String sentence, int offset) {
		Matcher h = HOURS.matcher(sentence);
		while (h.find()) {
			if (h.group(1) != null) {
				return new Found(30, offset + h.start(), offset + h.end());
			}
			Double hours = number(h.group(2));
			if (hours == null) {
				continue;
			}
			double total = hours * 60;
			if (h.group(3) != null || h.group(4) != null) {
				total += 30;
			}
			if (h.group(5) != null) {
				Double minutes = number(h.group(5));
				total += (minutes != null) ? minutes : 0;
			}
			if (total > 0 && total <= 48 * 60) {
				return new Found((int) Math.round(total), offset + h.start(), offset + h.end());
			}
		}
		Matcher m = MINUTES.matcher(sentence);
		while (m.find()) {
			Double minutes = number(m.group(1));
			if (minutes != null && minutes >= 5 && minutes <= 600) {
				return new Found((int) Math.round(minutes), offset + m.start(), offset + m.end());
			}
		}
		return null;
	}

	private static Double number(String word) {
		if (word == null) {
			return null;
		}
		String w = word.toLowerCase(Locale.ROOT).replace(',', '.');
		if (NUMBERS.containsKey(w)) {
			return NUMBERS.get(w);
		}
		try {
			return Double.parseDouble(w);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
