package org.backchannel.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.model.DatePrecision;

/**
 * A date grammar for news phrasing, anchored on the report's publication date: ISO dates,
 * "March 15", "15 March 2025", "Saturday, May 17", "on Thursday", "on Tuesday evening",
 * "yesterday", "three days ago", "last month", "in February", "earlier this week". Each
 * mention is resolved to a date with the precision the words give: a weekday is a day,
 * "last month" a month, "earlier this week" a month only when the whole week lies in one
 * month (otherwise no date at all). Words that name no date give nothing.
 */
final class NewsDates {

	/** A date phrase found in a sentence. {@code possessive}: "Tuesday's call". */
	record Mention(int start, int end, LocalDate value, DatePrecision precision, String reason, boolean possessive) {

	}

	private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
			+ "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";

	private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	private static final String NUMBER_WORDS = "(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";

	private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
			"six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern MONTH_DAY = Pattern.compile("(?:\\b" + WEEKDAYS + ",?\\s+)?\\b" + MONTHS
			+ "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\b(?:,?\\s+(\\d{4})\\b)?");

	private static final Pattern DAY_MONTH = Pattern
		.compile("(?:\\b" + WEEKDAYS + ",?\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?"
				+ "(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:of\\s+)?" + MONTHS + "(?![a-z])(?:,?\\s+(\\d{4})\\b)?");

	private static final Pattern MONTH_YEAR = Pattern
		.compile("\\b(?:(?:in|since|during|early|late|mid|since early|in early|in late|in mid)[\\s-]+)?" + MONTHS
				+ "(?:\\s+of)?\\s+(\\d{4})\\b");

	private static final Pattern IN_MONTH = Pattern
		.compile("\\b(?i:in|since|during|in early|in late|in mid-|early|late)\\s+" + MONTHS + "(?![a-z])(?!\\s+\\d)");

	private static final Pattern WEEKDAY = Pattern
		.compile("(?i:\\b(?:(last|this past|next|this|late on|early on|on)\\s+)?)\\b" + WEEKDAYS
				+ "(?:(?:'s|’s)|\\s+(?i:morning|afternoon|evening|night))?\\b");

	private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(the day before yesterday|yesterday|today|tonight"
			+ "|this (?:morning|afternoon|evening)|last night|earlier today|" + NUMBER_WORDS + " days ago"
			+ "|(?:earlier |later )?this month|last month|(?:earlier |later )?this week|earlier in the week|last week"
			+ "|(?:earlier |later )?this year|last year)((?:'s|’s))?\\b");

	/** A capitalised word right before "Today": part of a name. */
	private static final Pattern NAME_BEFORE = Pattern.compile("(?<!\\p{L})\\p{Lu}\\p{L}*+\\s++$");

	private static final Pattern FUTURE = Pattern.compile(
			"(?iu)\\b(will|to be held|is to|are to|scheduled|planned|plans to|expected to|set to|next week|next month|upcoming"
					+ "|being prepared|take place|set for|planned for|scheduled for"
					+ "|проведут|состоится|состоятся|созвонится|планируется)\\b");

	/** A verb of having taken place right before a date: the date is past. */
	private static final Pattern PAST_BEFORE = Pattern.compile("(?iu)(?:\\bheld|\\btook\\s+place|\\bhappened|\\bmet"
			+ "|\\bspoke|\\bbegan|\\bended|состоял\\p{L}*|прошл\\p{L}*)\\s+(?:on\\s+)?$");

	private NewsDates() {
	}

	static List<Mention> find(String sentence, int offset, LocalDate published) {
		List<Mention> found = new ArrayList<>();
		boolean future = FUTURE.matcher(sentence).find();
		Matcher m = ISO.matcher(sentence);
		while (m.find()) {
			try {
				LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
				add(found, sentence, offset, m, d, DatePrecision.DAY, "an ISO date");
			}
			catch (RuntimeException ex) {
				// not a date (2025-13-40): ignore
			}
		}
		m = MONTH_DAY.matcher(sentence);
		while (m.find()) {
			dayOf(found, sentence, offset, m, month(m.group(2)), m.group(3), m.group(4), published, future);
		}
		m = DAY_MONTH.matcher(sentence);
		while (m.find()) {
			dayOf(found, sentence, offset, m, month(m.group(3)), m.group(2), m.group(4), published, future);
		}
		m = MONTH_YEAR.matcher(sentence);
		while (m.find()) {
			if (since(found, offset, m)) {
				continue;
			}
			int month = month(m.group(1));
			add(found, sentence, offset, m, LocalDate.of(Integer.parseInt(m.group(2)), month, 1), DatePrecision.MONTH,
					"a month and year");
		}
		m = IN_MONTH.matcher(sentence);
		while (m.find()) {
			if (since(found, offset, m)) {
				continue;
			}
			int month = month(m.group(1));
			LocalDate d = LocalDate.of(published.getYear(), month, 1);
			if (!future && d.isAfter(published)) {
				d = d.minusYears(1);
			}
			add(found, sentence, offset, m, d, DatePrecision.MONTH, "a month without a year: the latest "
					+ (future ? "one from" : "one up to") + " the publication date");
		}
		m = WEEKDAY.matcher(sentence);
		while (m.find()) {
			DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			String lead = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) : "";
			LocalDate d;
			String reason;
			if (lead.equals("next") || (future && !lead.equals("last") && !lead.equals("this past"))) {
				d = published.with(TemporalAdjusters.nextOrSame(day));
				reason = "a weekday in a sentence about the future: the first such day from the publication date";
			}
			else if (lead.equals("last") || lead.equals("this past")) {
				d = published.with(TemporalAdjusters.previous(day));
				reason = "\"last " + m.group(2) + "\": the one before the publication date";
			}
			else {
				d = published.with(TemporalAdjusters.previousOrSame(day));
				reason = "a weekday: the latest such day up to the publication date";
			}
			add(found, sentence, offset, m, d, DatePrecision.DAY, reason);
		}
		m = RELATIVE.matcher(sentence);
		while (m.find()) {
			if (m.group(1).equals("Today")
					&& NAME_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()) {
				continue; // "Russia Today reported", "USA Today": a name, not a day
			}
			relative(found, sentence, offset, m, published);
		}
		RussianDates.find(found, sentence, offset, published, future);
		return longestFirst(found);
	}

	/** "since December", "since early March 2025": a bound of a span, no date. */
	private static boolean since(List<Mention> found, int offset, Matcher m) {
		if (!m.group().regionMatches(true, 0, "since", 0, 5)) {
			return false;
		}
		found.add(new Mention(offset + m.start(), offset + m.end(), null, DatePrecision.UNKNOWN,
				"\"" + m.group() + "\" bounds a span: it dates no contact", false));
		return true;
	}

	private static void relative(List<Mention> found, String sentence, int offset, Matcher m, LocalDate published) {
		String phrase = m.group(1).toLowerCase(Locale.ROOT);
		if (phrase.equals("yesterday") || phrase.equals("last night")) {
			add(found, sentence, offset, m, published.minusDays(1), DatePrecision.DAY,
					"\"" + phrase + "\": the day before the publication date");
		}
		else if (phrase.equals("the day before yesterday")) {
			add(found, sentence, offset, m, published.minusDays(2), DatePrecision.DAY,
					"two days before the publication date");
		}
		else if (phrase.endsWith("days ago")) {
			String n = m.group(2).toLowerCase(Locale.ROOT);
			int days = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
			add(found, sentence, offset, m, published.minusDays(days), DatePrecision.DAY,
					days + " days before the publication date");
		}
		else if (phrase.equals("today") || phrase.equals("tonight")
				|| phrase.startsWith("this ")
						&& (phrase.endsWith("morning") || phrase.endsWith("afternoon") || phrase.endsWith("evening"))
				|| phrase.equals("earlier today")) {
			add(found, sentence, offset, m, published, DatePrecision.DAY, "\"" + phrase + "\": the publication date");
		}
		else if (phrase.endsWith("this month")) {
			add(found, sentence, offset, m, published.withDayOfMonth(1), DatePrecision.MONTH,
					"\"" + phrase + "\": the month of publication");
		}
		else if (phrase.equals("last month")) {
			add(found, sentence, offset, m, published.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH,
					"\"last month\": the month before the publication date");
		}
		else if (phrase.endsWith("this year")) {
			add(found, sentence, offset, m, published.withDayOfYear(1), DatePrecision.YEAR,
					"\"" + phrase + "\": the year of publication");
		}
		else if (phrase.equals("last year")) {
			add(found, sentence, offset, m, published.minusYears(1).withDayOfYear(1), DatePrecision.YEAR,
					"\"last year\": the year before the publication date");
		}
		else {
			// A week: only its month is certain, and only when the week lies in one
			// month.
			LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			LocalDate from = phrase.equals("last week") ? monday.minusWeeks(1) : monday;
			LocalDate to = phrase.equals("last week") ? monday.minusDays(1) : (phrase.startsWith("later")
					? published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : published);
			if (YearMonth.from(from).equals(YearMonth.from(to))) {
				add(found, sentence, offset, m, from.withDayOfMonth(1), DatePrecision.MONTH, "\"" + phrase
						+ "\": a day between " + from + " and " + to + ", all in one month, so only the month");
			}
			else {
				found.add(new Mention(offset + m.start(), offset + m.end(), null, DatePrecision.UNKNOWN,
						"\"" + phrase + "\" spans two months (" + from + " to " + to + "): no date", false));
			}
		}
	}

	private static void dayOf(List<Mention> found, String sentence, int offset, Matcher m, int month, String dayText,
			String yearText, LocalDate published, boolean future) {
		int day = Integer.parseInt(dayText);
		if (future && PAST_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()) {
			future = false; // "the call, held on October 14, … an upcoming call": this
							// date is past
		}
		try {
			if (yearText != null) {
				add(found, sentence, offset, m, LocalDate.of(Integer.parseInt(yearText), month, day), DatePrecision.DAY,
						"a full date");
				return;
			}
			LocalDate d = LocalDate.of(published.getYear(), month, day);
			String reason = "a day and month: the year of publication";
			if (!future && d.isAfter(published.plusDays(2))) {
				d = d.minusYears(1);
				reason = "a day and month later in the year than the publication date: the year before";
			}
			else if (future && d.isBefore(published.minusDays(2))) {
				d = d.plusYears(1);
				reason = "a future day and month earlier in the year than the publication date: the next year";
			}
			add(found, sentence, offset, m, d, DatePrecision.DAY, reason);
		}
		catch (RuntimeException ex) {
			// "February 30": not a date
		}
	}

	static void add(List<Mention> found, String sentence, int offset, Matcher m, LocalDate value,
			DatePrecision precision, String reason) {
		int end = m.end();
		String matched = m.group();
		boolean possessive = matched.endsWith("'s") || matched.endsWith("’s")
				|| (end + 1 < sentence.length() && (sentence.startsWith("'s", end) || sentence.startsWith("’s", end)));
		found.add(new Mention(offset + m.start(), offset + end, value, precision, reason, possessive));
	}

	/** Overlapping mentions: the longest wins ("Saturday, May 17" over "Saturday"). */
	private static List<Mention> longestFirst(List<Mention> found) {
		List<Mention> sorted = new ArrayList<>(found);
		sorted.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
		List<Mention> kept = new ArrayList<>();
		for (Mention mention : sorted) {
			boolean overlaps = kept.stream().anyMatch((k) -> mention.start() < k.end() && k.start() < mention.end());
			if (!overlaps) {
				kept.add(mention);
			}
		}
		kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return kept;
	}

	private static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
		return switch (key) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			case "dec" -> 12;
			case "янв" -> 1;
			case "фев" -> 2;
			case "мар" -> 3;
			case "апр" -> 4;
			case "мая" -> 5;
			case "июн" -> 6;
			case "июл" -> 7;
			case "авг" -> 8;
			case "сен" -> 9;
			case "окт" -> 10;
			case "ноя" -> 11;
			case "дек" -> 12;
			default -> throw new IllegalArgumentException(name);
		};
	}

}
