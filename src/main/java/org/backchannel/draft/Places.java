package org.backchannel.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a contact took place: the places already recorded on events plus a small
 * gazetteer of capitals and the venues of the US–Russia contacts. A place counts when the
 * text puts the contact there ("in Riyadh", "at the Kremlin", "held in Kuala Lumpur");
 * the most specific one wins (a venue over a city over a country).
 */
final class Places {

	/**
	 * A place name with its country and how specific it is (0 country, 1 region, 2 city,
	 * 3 venue).
	 */
	record Place(String name, String country, int level) {

	}

	record Found(Place place, int start, int end) {

	}

	static final List<Place> GAZETTEER = List.of(new Place("Riyadh", "SA", 2), new Place("Jeddah", "SA", 2),
			new Place("Diriyah Palace", "SA", 3), new Place("Istanbul", "TR", 2), new Place("Ankara", "TR", 2),
			new Place("Abu Dhabi", "AE", 2), new Place("Dubai", "AE", 2), new Place("Geneva", "CH", 2),
			new Place("Davos", "CH", 2), new Place("Miami", "US", 2), new Place("Mar-a-Lago", "US", 3),
			new Place("Palm Beach", "US", 2), new Place("Anchorage", "US", 2), new Place("Kuala Lumpur", "MY", 2),
			new Place("Moscow", "RU", 2), new Place("Kremlin", "RU", 3), new Place("St. Petersburg", "RU", 2),
			new Place("St Petersburg", "RU", 2), new Place("Saint Petersburg", "RU", 2), new Place("Sochi", "RU", 2),
			new Place("Washington", "US", 2), new Place("White House", "US", 3), new Place("New York", "US", 2),
			new Place("Budapest", "HU", 2), new Place("Paris", "FR", 2), new Place("London", "GB", 2),
			new Place("Berlin", "DE", 2), new Place("Helsinki", "FI", 2), new Place("Minsk", "BY", 2),
			new Place("Kyiv", "UA", 2), new Place("Kiev", "UA", 2), new Place("Doha", "QA", 2),
			new Place("Beijing", "CN", 2), new Place("Vienna", "AT", 2), new Place("Rome", "IT", 2),
			new Place("Vatican", "VA", 2), new Place("Brussels", "BE", 2), new Place("Warsaw", "PL", 2),
			new Place("Cairo", "EG", 2), new Place("Sharm el-Sheikh", "EG", 2), new Place("Tehran", "IR", 2),
			new Place("Muscat", "OM", 2), new Place("Baku", "AZ", 2), new Place("Astana", "KZ", 2),
			new Place("Alaska", "US", 1), new Place("Florida", "US", 1), new Place("Malaysia", "MY", 0),
			new Place("Saudi Arabia", "SA", 0), new Place("Turkey", "TR", 0), new Place("Türkiye", "TR", 0),
			new Place("Switzerland", "CH", 0), new Place("Hungary", "HU", 0),
			new Place("United Arab Emirates", "AE", 0), new Place("UAE", "AE", 0), new Place("Qatar", "QA", 0),
			new Place("Finland", "FI", 0), new Place("Москве", "RU", 2), new Place("Вашингтоне", "US", 2),
			new Place("Стамбуле", "TR", 2), new Place("Эр-Рияде", "SA", 2), new Place("Анкоридже", "US", 2),
			new Place("Женеве", "CH", 2), new Place("Абу-Даби", "AE", 2), new Place("Майами", "US", 2));

	private static final Pattern PREPOSITION = Pattern
		.compile("(?i)(?:\\b(?:in|at|to|inside|from)\\s+(?:the\\s+)?(?:[\\p{L}\\-]+\\s+){0,2}?|\\bв\\s+|\\bна\\s+)$");

	private final List<Place> places;

	Places(List<Place> recorded) {
		Map<String, Place> all = new LinkedHashMap<>();
		GAZETTEER.forEach((p) -> all.put(p.name().toLowerCase(), p));
		recorded.forEach((p) -> all.putIfAbsent(p.name().toLowerCase(), p));
		this.places = new ArrayList<>(all.values());
		this.places.sort(Comparator.comparingInt((Place p) -> p.name().length()).reversed());
	}

	/**
	 * The places already recorded on events: "Diriyah Palace, Riyadh" gives "Diriyah
	 * Palace" and "Riyadh"; words in brackets are left out.
	 */
	static List<Place> fromRecorded(String place, String country) {
		List<Place> found = new ArrayList<>();
		if (place == null) {
			return found;
		}
		String plain = place.replaceAll("\\(.*?\\)", "");
		for (String part : plain.split(",")) {
			String name = part.strip();
			if (name.length() >= 3 && name.length() <= 60 && Character.isUpperCase(name.charAt(0))
					&& !name.toLowerCase().startsWith("virtual")) {
				boolean venue = name.matches(".*\\b(Palace|House|Hotel|Library|Residence|Consulate|Embassy|Centre"
						+ "|Center|Assembly|Kremlin|Castle|Villa)\\b.*");
				found.add(new Place(name, country, venue ? 3 : 2));
			}
		}
		return found;
	}

	/** The most specific place the sentence puts something at. */
	Found find(String sentence, int offset) {
		Found best = null;
		for (Place place : this.places) {
			Matcher m = Pattern
				.compile("(?<![\\p{L}])" + Pattern.quote(place.name()) + "(?![\\p{L}])", Pattern.UNICODE_CASE)
				.matcher(sentence);
			while (m.find()) {
				String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
				if (!PREPOSITION.matcher(before).find()) {
					continue;
				}
				if (best == null || place.level() > best.place().level()) {
					best = new Found(place, offset + m.start(), offset + m.end());
				}
			}
		}
		return best;
	}

}
