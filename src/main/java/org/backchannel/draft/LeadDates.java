package org.backchannel.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.draft.DraftProposal.DateGuess;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.model.DatePrecision;

/**
 * The contact's date: a date in the lead (the one nearest its contact word), else the
 * present tense of the anchor day, else a later sentence that returns to the same contact
 * ({@link ContactDates}). A date of the dateline, of the saying ("said on Monday") or of
 * an earlier event ("following the October 16 call") is passed over.
 */
final class LeadDates {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern SAID_ON = Pattern.compile("(?:\\bsaid|\\bsays|\\btold\\s+[\\p{L} ]{1,25}|\\bspeaking"
			+ "(?:\\s+[\\p{L}]+){0,3}|\\bannounced|\\bconfirmed|\\breported(?:\\s+by\\s+[\\p{L} ]{1,25})?|\\bwrote"
			+ "|\\bstated|\\badded|сообщил\\p{L}*|заявил\\p{L}*)\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?$", CI);

	static final Pattern AFTER_EARLIER_ANYWHERE = Pattern.compile("\\b(?:followed|following|prior|last|previous)\\b",
			CI);

	/** A date after "following the …" or "after an …" belongs to the earlier event. */
	static final Pattern AFTER_EARLIER = Pattern
		.compile("\\b(?:following|after|since|followed)\\s+(?:the|an?|their|his|her)\\b[^,;]{0,60}$", CI);

	/** "since December", "until March 3", "до 15 мая": a bound of a span, not a day. */
	static final Pattern BOUND = Pattern.compile(
			"(?:\\b(?:since|until|till|before)|(?<![\\p{L}])(?:до|после|начиная\\s+с))\\s+(?:early\\s+|late\\s+|mid-)?$",
			CI);

	/**
	 * "either this week or at the beginning of next week", "во вторник или в среду": one
	 * of two days is no day.
	 */
	static final Pattern OR_AFTER = Pattern
		.compile("^\\s*(?:,\\s*)?(?:or|или|либо)\\s+(?:at\\s+|in\\s+|on\\s+|в\\s+|во\\s+)?"
				+ "(?:the\\s+)?(?:beginning|start|end|early|late|next|this|[\\p{L}]+day|\\d|\\p{L}+)", CI);

	static final Pattern OR_BEFORE = Pattern.compile("(?:\\b(?:either|or)|(?<![\\p{L}])(?:или|либо))\\s+"
			+ "(?:at\\s+|in\\s+|on\\s+|в\\s+|во\\s+)?(?:the\\s+)?(?:(?:beginning|start|end)\\s+of\\s+)?$", CI);

	/** "от 14 октября", "dated October 14": the date of a document. */
	static final Pattern DATED_OF = Pattern.compile("(?:(?<![\\p{L}])от|\\bdated)\\s+$", CI);

	/** A relative clause opened before the date and not closed by a semicolon or dash. */
	static final Pattern RELATIVE_OPEN = Pattern
		.compile("(?:\\bwho|\\bwhich|(?<![\\p{L}])котор\\p{L}+)\\s[^;—–]{0,150}$", CI);

	static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu} .'’-]{2,}(?:,\\s*[\\p{L} .]+)?,\\s*");

	static Proposed<DateGuess> date(Reading lead, List<Reading> readings, String text, LocalDate published,
			EventType type, boolean planned, List<Sentence> sentences) {
		List<NewsDates.Mention> inLead = usable(lead, text, published, type, planned);
		if (!inLead.isEmpty()) {
			Matcher contact = ContactWords.CONTACT_NOUN.matcher(lead.sentence().text());
			int anchor = lead.sentence().start() + (contact.find() ? contact.start() : 0);
			NewsDates.Mention best = inLead.stream()
				.min(Comparator.comparingInt((NewsDates.Mention d) -> Math.abs(d.start() - anchor)))
				.get();
			if (best.precision() != DatePrecision.DAY && !planned) {
				// "this week" in the lead, "the talks, held on Thursday" after it: the
				// day
				// within that period.
				Proposed<DateGuess> day = ContactDates.back(lead.sentence(), sentences, text, published,
						(s) -> !ContactWords.EARLIER.matcher(s.text()).find());
				if (day != null && day.value().precision() == DatePrecision.DAY
						&& !day.value().value().isBefore(best.value())) {
					return day;
				}
			}
			return dateOf(best, lead.sentence(), text, 0.9, "in the sentence that reports the contact");
		}
		Proposed<DateGuess> now = ContactDates.present(lead.sentence(), text, published, false);
		if (now != null && !planned) {
			return now;
		}
		// "I just had a good call with President Putin" right after the lead.
		for (Reading r : readings) {
			if (!planned && r.index() > lead.index() && r.index() <= lead.index() + 2 && !r.types().isEmpty()) {
				Proposed<DateGuess> later = ContactDates.present(r.sentence(), text, published, false);
				if (later != null) {
					return later;
				}
			}
		}
		// A later sentence that dates the same contact: "Also in the phone call on March
		// 15, ..."
		for (Reading r : readings) {
			if (r == lead) {
				continue;
			}
			Matcher noun = Pattern.compile(
					"(?i)\\b(?:the|this|their|that)\\s+(?:phone\\s+|telephone\\s+)?(?:call|conversation|talks|meeting|summit)\\s+"
							+ "(?:was\\s+held\\s+|took\\s+place\\s+)?(?:on|late\\s+on|early\\s+on)\\s+")
				.matcher(r.sentence().text());
			List<NewsDates.Mention> dated = null;
			while (noun.find()) {
				int after = r.sentence().start() + noun.end();
				if (dated == null) {
					dated = usable(r, text, published, type, planned);
				}
				for (NewsDates.Mention d : dated) {
					if (d.start() == after && (Mentions.slugs(r.persons(text)).isEmpty()
							|| Mentions.slugs(lead.persons(text)).containsAll(Mentions.slugs(r.persons(text)))
							|| !Collections.disjoint(Mentions.slugs(lead.persons(text)),
									Mentions.slugs(r.persons(text))))) {
						return dateOf(d, r.sentence(), text, 0.75,
								"right after “" + noun.group().strip() + "” in a sentence that returns to the contact");
					}
				}
			}
		}
		Set<String> leadPeople = Mentions.slugs(lead.persons(text));
		Proposed<DateGuess> back = ContactDates.back(lead.sentence(), sentences, text, published, (s) -> {
			Set<String> people = new LinkedHashSet<>();
			for (Reading r : readings) {
				if (r.sentence() == s) {
					people = Mentions.slugs(r.persons(text));
				}
			}
			return (people.isEmpty() || leadPeople.containsAll(people))
					&& !ContactWords.EARLIER.matcher(s.text()).find()
					&& !AFTER_EARLIER_ANYWHERE.matcher(s.text()).find();
		});
		if (back != null && !planned) {
			return back;
		}
		Proposed<DateGuess> set = planned ? plannedLater(lead, readings, text, published, type) : null;
		if (set != null) {
			return set;
		}
		Proposed<DateGuess> leaked = planned ? null : leaked(lead, readings, text, published);
		if (leaked != null) {
			return leaked;
		}
		List<NewsDates.Mention> rejected = NewsDates.find(lead.sentence().text(), lead.sentence().start(), published);
		String why = rejected.stream()
			.filter((d) -> d.value() == null)
			.map(NewsDates.Mention::reason)
			.findFirst()
			.orElse("No sentence about the contact says when it took place; the publication date alone does not date it.");
		return Proposed.none(why);
	}

	/**
	 * Date mentions that can date the contact: resolved, not in the future, not "last
	 * month's summit" for a call.
	 */
	static List<NewsDates.Mention> usable(Reading r, String text, LocalDate published, EventType type,
			boolean planned) {
		List<NewsDates.Mention> usable = new ArrayList<>();
		boolean future = planned || ContactWords.FUTURE_CONTACT.matcher(r.sentence().text()).find();
		for (NewsDates.Mention d : NewsDates.find(r.sentence().text(), r.sentence().start(), published)) {
			if (d.value() == null || (!future && d.value().isAfter(published))) {
				continue;
			}
			String before = text.substring(r.sentence().start(), d.start());
			if (DATELINE.matcher(before).matches()) {
				continue; // "MOSCOW, March 15 (Reuters) -": the report's date, not the
							// contact's
			}
			String near = before.substring(Math.max(0, before.length() - 80));
			String following = text.substring(d.end(), Math.min(text.length(), d.end() + 30));
			if (OR_AFTER.matcher(following).find() || OR_BEFORE.matcher(near).find()) {
				continue; // "this week or early next week": no one day
			}
			if (quotedEvening(text, r.sentence(), d)) {
				continue; // «"Tonight, a call has taken place," Ushakov said»: the
							// speaker's evening
			}
			if (earlierClause(text, r.sentence(), d)) {
				continue; // "Rubio, who spoke with Lavrov on Saturday, will meet …"
			}
			if (SAID_ON.matcher(near).find() || AFTER_EARLIER.matcher(near).find() || BOUND.matcher(near).find()) {
				// "said on Monday", "following the October 16 call", "since December"
				continue;
			}
			if (d.possessive()) {
				String next = text.substring(d.end(), Math.min(text.length(), d.end() + 40)).toLowerCase(Locale.ROOT);
				if (!possessiveOf(next, type)) {
					continue;
				}
			}
			usable.add(d);
		}
		return usable;
	}

	/**
	 * A lead about a leaked call: a later sentence that gives the transcript's date ("две
	 * стенограммы. Первую от 14 октября — Уиткоффа и Ушакова", "a recording dated October
	 * 14") and names one of the lead's people dates the call.
	 */
	static Proposed<DateGuess> leaked(Reading lead, List<Reading> readings, String text, LocalDate published) {
		if (!LeadChoice.LEAKED.matcher(lead.sentence().text()).find()) {
			return null;
		}
		Set<String> leadPeople = Mentions.slugs(lead.persons(text));
		for (Reading r : readings) {
			if (r.index() <= lead.index() || r.index() > lead.index() + 8
					|| Collections.disjoint(leadPeople, Mentions.slugs(r.persons(text)))) {
				continue;
			}
			for (NewsDates.Mention d : NewsDates.find(r.sentence().text(), r.sentence().start(), published)) {
				String before = text.substring(Math.max(r.sentence().start(), d.start() - 20), d.start());
				if (d.value() != null && d.precision() == DatePrecision.DAY && d.value().isBefore(published)
						&& DATED_OF.matcher(before).find()) {
					return dateOf(d, r.sentence(), text, 0.7, "the date of the leaked call's transcript");
				}
			}
		}
		return null;
	}

	/**
	 * A planned contact the lead does not date: a later sentence about it, naming none of
	 * other people, that sets it ("the talks will take place on February 18", "переговоры
	 * … запланированы на четверг").
	 */
	static Proposed<DateGuess> plannedLater(Reading lead, List<Reading> readings, String text, LocalDate published,
			EventType type) {
		Set<String> leadPeople = Mentions.slugs(lead.persons(text));
		for (Reading r : readings) {
			if (r.index() <= lead.index() || r.index() > lead.index() + 3 || r.types().isEmpty()) {
				continue;
			}
			Set<String> people = Mentions.slugs(r.persons(text));
			ContactStatuses.Found set = ContactStatuses.in(r.sentence().text());
			if (!leadPeople.containsAll(people) || set == null || set.status() != ContactStatus.PLANNED) {
				continue;
			}
			for (NewsDates.Mention d : usable(r, text, published, type, true)) {
				if (d.precision() == DatePrecision.DAY && !d.value().isBefore(published)) {
					return dateOf(d, r.sentence(), text, 0.7, "in a later sentence that sets the planned contact");
				}
			}
		}
		return null;
	}

	/**
	 * "Tonight" or "this evening" inside a quotation is the speaker's evening, which a
	 * page stamped the next morning elsewhere does not share: it dates nothing.
	 */
	static boolean quotedEvening(String text, Sentence s, NewsDates.Mention d) {
		String words = text.substring(d.start(), d.end()).toLowerCase(Locale.ROOT);
		if (!words.equals("tonight") && !words.equals("this evening")) {
			return false;
		}
		String before = text.substring(s.start(), d.start());
		long straight = before.chars().filter((c) -> c == '"').count();
		return straight % 2 == 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
	}

	/**
	 * The date closes a relative clause ("who spoke with Lavrov on Saturday,", "который
	 * говорил … в субботу,") and the main clause goes on to a planned contact ("will
	 * meet", "встретится"): the date is the earlier contact's.
	 */
	static boolean earlierClause(String text, Sentence s, NewsDates.Mention d) {
		String before = text.substring(Math.max(s.start(), d.start() - 160), d.start());
		if (!RELATIVE_OPEN.matcher(before).find() || !text.startsWith(",", d.end())) {
			return false;
		}
		ContactStatuses.Found then = ContactStatuses.in(text.substring(d.end() + 1, s.end()));
		return then != null && then.status() == ContactStatus.PLANNED;
	}

	static boolean possessiveOf(String next, EventType type) {
		String noun = next.replaceFirst("^(?:'s|’s)?\\s*", "");
		if (type == null) {
			return false;
		}
		return switch (type) {
			case PHONE_CALL -> noun.matches("(?s)(?:\\w+\\s+)?(?:phone\\s+|telephone\\s+)?(?:call|conversation).*");
			case MEETING -> noun.matches("(?s)(?:\\w+\\s+)?(?:meeting|talks).*");
			case SUMMIT -> noun.matches("(?s)(?:\\w+\\s+)?summit.*");
			case NEGOTIATION_ROUND -> noun.matches("(?s)(?:\\w+\\s+)?(?:round|talks|negotiations).*");
			default -> false;
		};
	}

	static Proposed<DateGuess> dateOf(NewsDates.Mention d, Sentence s, String text, double confidence, String where) {
		double c = (d.precision() == DatePrecision.DAY) ? confidence : confidence - 0.1;
		return Proposed.of(new DateGuess(d.value(), d.precision()), Evidence.of(s, d.start(), d.end(), text),
				Evidence.round(c), "“" + text.substring(d.start(), d.end()) + "” " + where + ": " + d.reason());
	}

	private LeadDates() {
	}

}
