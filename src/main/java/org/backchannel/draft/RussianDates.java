package org.backchannel.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.model.DatePrecision;

/**
 * The Russian part of the date grammar ({@link NewsDates}): "во вторник", "на четверг" (a
 * day set ahead), "сегодня", "вчера", "позавчера", "накануне" alone.
 */
final class RussianDates {

	private static final Pattern NIGHT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])ночь\\s+$");

	private static final Pattern RU_WEEKDAY = Pattern
		.compile("(?iu)(?<![\\p{L}])(в|во|на)\\s+(понедельник|вторник|среду"
				+ "|четверг|пятницу|субботу|воскресенье)(?![\\p{L}])");

	private static final List<String> RU_DAYS = List.of("понедельник", "вторник", "среду", "четверг", "пятницу",
			"субботу", "воскресенье");

	/**
	 * "накануне" alone is the day before; "накануне переговоров" is the eve of something
	 * else.
	 */
	private static final Pattern RU_RELATIVE = Pattern.compile("(?iu)(?<![\\p{L}])(сегодня|вчера|позавчера"
			+ "|накануне(?=\\s*(?:[,.;:)—–-]|вечером|днем|днём|утром|$)))(?![\\p{L}])");

	private RussianDates() {
	}

	/** "во вторник", "в субботу", "сегодня", "вчера", "накануне". */
	static void find(List<NewsDates.Mention> found, String sentence, int offset, LocalDate published, boolean future) {
		Matcher m = RU_WEEKDAY.matcher(sentence);
		while (m.find()) {
			DayOfWeek day = DayOfWeek.of(RU_DAYS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
			// "запланированы на четверг": a day set ahead ("в ночь на субботу" is no such
			// day)
			boolean ahead = m.group(1).equalsIgnoreCase("на");
			if (ahead && NIGHT_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
				continue;
			}
			boolean later = future || ahead;
			LocalDate d = later ? published.with(TemporalAdjusters.nextOrSame(day))
					: published.with(TemporalAdjusters.previousOrSame(day));
			NewsDates.add(found, sentence, offset, m, d, DatePrecision.DAY,
					"a weekday (\"" + m.group().strip() + "\"): the " + (later ? "first" : "latest") + " such day "
							+ (later ? "from" : "up to") + " the publication date");
		}
		m = RU_RELATIVE.matcher(sentence);
		while (m.find()) {
			String word = m.group(1).toLowerCase(Locale.ROOT);
			int back = switch (word) {
				case "сегодня" -> 0;
				case "позавчера" -> 2;
				default -> 1;
			};
			NewsDates.add(found, sentence, offset, m, published.minusDays(back), DatePrecision.DAY,
					"\"" + word + "\": " + ((back == 0) ? "the publication date"
							: back + " day" + ((back > 1) ? "s" : "") + " before the publication date"));
		}
	}

}
