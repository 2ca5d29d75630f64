package org.backchannel.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.model.DatePrecision;

/**
 * Reads each sentence once ({@link Reading}) and ranks them to pick the lead: the
 * sentence that reports the contact. A kind word, more people named (up to three), a US
 * and a Russian side, an early place and a date count for it; the future, the pluperfect
 * of an earlier contact and a headline's capitalised words against it.
 */
final class LeadChoice {

	/**
	 * "The talks follow hours of discussions between …": the sentence returns to the
	 * story's contact and names an earlier one.
	 */
	private static final Pattern FOLLOWS = Pattern
		.compile("(?i)^\\W*(?:the|this|these|that)\\s+(?:talks|meeting|call|round|conversation|negotiations)\\s+"
				+ "(?:follows?|followed|comes?\\s+after|came\\s+after)\\b");

	/** "the transcript of an October 14 call", "стенограммы разговоров", "утечка". */
	static final Pattern LEAKED = Pattern
		.compile("(?iu)\\b(?:transcripts?|recordings?|leak(?:ed|s)?)\\b|(?<![\\p{L}])(?:стенограмм|утечк|запис[ьи])");

	private static final Pattern PHONED = Pattern.compile("(?i)\\b(?:called|phoned|rang|dialed|dialled)\\b");

	private LeadChoice() {
	}

	/**
	 * The sentence reports the contact called off or put off: that is the news, even when
	 * it recalls how the contact was agreed before ("отменил саммит, договорённость о
	 * котором была достигнута ранее").
	 */
	static boolean calledOff(String sentence) {
		ContactStatuses.Found found = ContactStatuses.in(sentence);
		return found != null && found.status() != ContactStatus.PLANNED;
	}

	/** Each sentence with the mentions that start in it (both lists in text order). */
	static List<Reading> read(List<Sentence> sentences, List<ActorDictionary.Mention> all, String text,
			Deadline deadline) {
		List<Reading> readings = new ArrayList<>();
		int next = 0;
		for (Sentence s : sentences) {
			deadline.check();
			while (next < all.size() && all.get(next).start() < s.start()) {
				next++;
			}
			int from = next;
			while (next < all.size() && s.contains(all.get(next).start())) {
				next++;
			}
			List<ActorDictionary.Mention> in = all.subList(from, next);
			Map<EventType, Matcher> types = ContactWords.types(s.text());
			boolean called = ContactWords.called(text, s, in) != null;
			boolean weak = ContactWords.WEAK.matcher(s.text()).find() || called;
			if (called) {
				Matcher phoned = PHONED.matcher(s.text());
				if (phoned.find()) {
					types.putIfAbsent(EventType.PHONE_CALL, phoned);
				}
			}
			readings.add(new Reading(s, in, types, weak));
		}
		return readings;
	}

	/** The best-ranked sentence that reports a contact, or null when none does. */
	static Reading lead(List<Reading> readings, String text, LocalDate published) {
		Reading lead = null;
		double best = 0;
		Set<String> headlined = headlinePeople(readings, text);
		for (Reading r : readings) {
			if (!r.hasContact()) {
				continue;
			}
			double score = score(r, text, published);
			Set<String> people = r.slugs(text);
			if (!ContactWords.headline(r.sentence().text()) && !people.isEmpty() && headlined.containsAll(people)) {
				score += 2; // the story's sentence about the contact its headline names
			}
			else if (!headlined.isEmpty() && !people.isEmpty() && Collections.disjoint(headlined, people)) {
				score -= 2; // none of the headline's people: another contact the story
							// recalls
			}
			if (score > best) {
				best = score;
				lead = r;
			}
		}
		return lead;
	}

	/**
	 * Everyone the sentence names comes after a turn to another event ("after the",
	 * "following an", "ahead of the"), inside it (no comma closes the turn before them).
	 */
	static boolean onlyAfterTurn(Reading r, String text) {
		Matcher turn = Speakers.SUBORDINATE.matcher(r.sentence().text());
		if (!turn.find()) {
			return false;
		}
		int at = r.sentence().start() + turn.start();
		List<ActorDictionary.Mention> persons = r.persons(text);
		if (persons.isEmpty() || !persons.stream().allMatch((m) -> m.start() > at)) {
			return false;
		}
		// "Ahead of a pivotal meeting on the war, Trump held a call with Putin": the turn
		// fronts the sentence and a comma closes it before the people of its main clause.
		int first = persons.get(0).start();
		return !text.substring(r.sentence().start() + turn.end(), first).contains(",");
	}

	/**
	 * Past the first lines, a sentence whose every day lies more than four weeks before
	 * publication ("On December 2, Putin received …" in a report of 31 January) recalls
	 * the background, not the news, unless it reports the contact's transcript, recording
	 * or leak.
	 */
	static boolean background(String sentence, LocalDate published) {
		if (LEAKED.matcher(sentence).find()) {
			return false; // a leaked call is news however old it is
		}
		List<NewsDates.Mention> dates = NewsDates.find(sentence, 0, published);
		return !dates.isEmpty() && dates.stream()
			.allMatch((d) -> d.value() != null && d.precision() == DatePrecision.DAY
					&& d.value().isBefore(published.minusDays(28)));
	}

	/** The people a headline at the top of the text names, if it names any. */
	static Set<String> headlinePeople(List<Reading> readings, String text) {
		for (Reading r : readings) {
			if (r.index() > 1) {
				break;
			}
			if (ContactWords.headline(r.sentence().text()) && r.hasContact()) {
				return r.slugs(text);
			}
		}
		return Set.of();
	}

	static double score(Reading r, String text, LocalDate published) {
		String sentence = r.sentence().text();
		Set<String> persons = r.slugs(text);
		double position = r.index() < 3 ? 1.5 : (r.index() < 6 ? 0.5 : 0);
		if (!persons.isEmpty() && onlyAfterTurn(r, text)) {
			// "…, following an agreement between Putin and Trump on March 18": its people
			// and its date are an earlier contact's; it ranks below any sentence that
			// reports the story's own contact, even one naming no one.
			return (r.types().isEmpty() ? 1 : 2.5) + position - 3;
		}
		double score = (r.types().isEmpty() ? 1 : 2.5) + Math.min(persons.size(), 3) * 1.5 + position
				+ (NewsDates.find(sentence, 0, published).isEmpty() ? 0 : 0.5)
				- (ContactWords.FUTURE_CONTACT.matcher(sentence).find() ? 1 : 0)
				- (ContactWords.earlier(sentence) && !calledOff(sentence) ? 3 : 0)
				- (FOLLOWS.matcher(sentence).find() ? 3 : 0);
		if (persons.isEmpty()) {
			score -= 2;
		}
		Set<String> sides = new LinkedHashSet<>();
		r.persons(text).forEach((m) -> sides.add(String.valueOf(Countries.side(m.actor().country()))));
		if (sides.contains("US") && sides.contains("RUSSIA")) {
			score += 2.5; // a US–Russia contact outranks the other contacts a text
							// reports
		}
		if (ContactWords.headline(sentence)) {
			score -= 2; // a headline names the contact but rarely dates it
		}
		if (r.index() >= 2 && background(sentence, published)) {
			score -= 3;
		}
		return score;
	}

}
