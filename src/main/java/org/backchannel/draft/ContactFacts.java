package org.backchannel.draft;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backchannel.draft.DraftProposal.OtherContactGuess;
import org.backchannel.draft.DraftProposal.ParticipantGuess;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;

/**
 * What the reader says of the contact beyond its fields: whether it is a US–Russia
 * contact at all ({@link ContactSides}), its status ({@link ContactStatuses}: the
 * sentence that reports it first, then the headline), and the other contacts the text
 * reports.
 */
final class ContactFacts {

	/** A sentence that reports some contact, with the people in it and its kind. */
	record Candidate(Sentence sentence, List<String> slugs, List<String> names, EventType type) {

	}

	private ContactFacts() {
	}

	/**
	 * The headline or the story's first sentence reports another contact (Putin–Xi,
	 * Trump–Erdogan) that is not between the United States and Russia, and the US–Russia
	 * contact comes only later: the text is about the other one, and mentions it in
	 * passing.
	 */
	static ContactSides.Verdict mainContact(Reading lead, List<Reading> readings, String text,
			ContactSides.Verdict verdict) {
		String recalled = verdict.contact() ? ContactSides.recalled(lead.sentence().text()) : null;
		for (Reading r : readings) {
			if (recalled != null && r.index() <= 2 && r != lead && ContactSides.thirdCountry(r.sentence().text())) {
				return new ContactSides.Verdict(false,
						"The text reports a contact with a third country (“" + ContactSides.clip(r.sentence().text())
								+ "”); the US–Russia contact is only recalled (“" + recalled + "”).");
			}
			if (r.index() > 2 || r.index() >= lead.index()) {
				break;
			}
			List<ActorDictionary.Mention> persons = r.persons(text);
			if (r.types().isEmpty() || persons.isEmpty()) {
				continue;
			}
			Set<String> sides = new LinkedHashSet<>();
			List<String> names = new ArrayList<>();
			for (ActorDictionary.Mention m : persons) {
				sides.add(String.valueOf(Countries.side(m.actor().country())));
				names.add(m.actor().name());
			}
			boolean third = ContactSides.thirdCountry(r.sentence().text())
					|| sides.stream().anyMatch((s) -> !s.equals("US") && !s.equals("RUSSIA") && !s.equals("null"));
			ContactSides.Verdict first = ContactSides.judge(r.sentence().text(), sides, names);
			if (third && !first.contact()) {
				return new ContactSides.Verdict(false,
						first.reason() + " The US–Russia contact the text also names comes later, in passing.");
			}
		}
		return verdict;
	}

	/**
	 * "the two delegations", "both sides": the lead speaks of two parties it may not
	 * name.
	 */
	private static final Pattern BILATERAL = Pattern.compile(
			"(?i)\\b(?:two|both)\\s+(?:delegations|sides|teams)\\b|\\b(?:обе(?:их)?|двух)\\s+(?:делегаци|сторон)\\p{L}*");

	private static final Pattern TRILATERAL = Pattern
		.compile("(?iu)\\btrilateral\\b|\\bthree-way\\b|тр[её]хсторонн\\p{L}*");

	/**
	 * The verdict on the lead; when the lead names people on one side only but speaks of
	 * two delegations, the sentence before it may name the other side's country.
	 */
	static ContactSides.Verdict verdict(Reading lead, List<Reading> readings,
			List<Proposed<ParticipantGuess>> participants) {
		ContactSides.Verdict verdict = verdict(lead.sentence(), participants);
		if (verdict.contact() && statementOnly(lead, participants)) {
			return new ContactSides.Verdict(false,
					"The sentence reports a statement (“" + lead.types().get(EventType.STATEMENT).group()
							+ "”), not a contact between named people on each side.");
		}
		if (!verdict.contact() && TRILATERAL.matcher(lead.sentence().text()).find() && participants.isEmpty()
				&& !ContactSides.thirdCountry(lead.sentence().text()) && !ContactSides.listed(lead.sentence().text())) {
			// "The trilateral meeting … is being postponed": another sentence names its
			// three parties ("Ukraine-USA-Russia").
			for (Reading r : readings) {
				Set<String> named = ContactSides.countries(r.sentence().text());
				if (TRILATERAL.matcher(r.sentence().text()).find() && named.contains("US") && named.contains("RU")) {
					return new ContactSides.Verdict(true, "The lead speaks of a trilateral meeting; another "
							+ "sentence names the United States and Russia among its parties.");
				}
			}
		}
		if (verdict.contact() || !BILATERAL.matcher(lead.sentence().text()).find()
				|| ContactSides.thirdCountry(lead.sentence().text())) {
			return verdict;
		}
		for (Reading r : readings) {
			if (r.index() == lead.index() - 1) {
				Set<String> named = ContactSides.countries(r.sentence().text());
				if (named.contains("US") && named.contains("RU")) {
					return new ContactSides.Verdict(true, "The lead speaks of two delegations; the sentence "
							+ "before it names the United States and Russia.");
				}
			}
		}
		return verdict;
	}

	/**
	 * The only kind word is a statement ("said in a statement") and no one on each side
	 * is named: a third country thanking "the United States and Russia" is no contact.
	 */
	private static boolean statementOnly(Reading lead, List<Proposed<ParticipantGuess>> participants) {
		if (lead.types().size() != 1 || !lead.types().containsKey(EventType.STATEMENT)) {
			return false;
		}
		Set<String> sides = new LinkedHashSet<>();
		participants.forEach((p) -> sides.add(String.valueOf(Countries.side(p.value().country()))));
		return !(sides.contains("US") && sides.contains("RUSSIA"));
	}

	static ContactSides.Verdict verdict(Sentence lead, List<Proposed<ParticipantGuess>> participants) {
		Set<String> sides = new LinkedHashSet<>();
		List<String> names = new ArrayList<>();
		// A call with "the Belarusian counterpart": only the people the lead itself names
		// tell its sides, not those borrowed from the sentences around it.
		boolean third = ContactSides.thirdCountry(lead.text());
		for (Proposed<ParticipantGuess> p : participants) {
			if (third && p.evidence().start() != lead.start()) {
				continue;
			}
			String side = Countries.side(p.value().country());
			if (side != null) {
				sides.add(side);
			}
			names.add(p.value().name());
		}
		return ContactSides.judge(lead.text(), sides, names);
	}

	/**
	 * The status the lead sentence gives, else the headline's (the first line, when it
	 * names the same kind of contact), else held.
	 */
	static Proposed<ContactStatus> status(Sentence lead, Sentence headline, String text) {
		ContactStatuses.Found found = ContactStatuses.in(lead.text());
		Sentence where = lead;
		if (found == null && headline != null && headline != lead && !ContactStatuses.done(lead.text())) {
			found = ContactStatuses.in(headline.text());
			where = headline;
		}
		if (found == null) {
			return Proposed.of(ContactStatus.HELD, Evidence.of(lead, lead.start(), lead.end(), text), 0.7,
					"The sentence that reports the contact says nothing of it being planned, cancelled or postponed.");
		}
		int start = where.start() + found.start();
		return Proposed.of(found.status(), Evidence.of(where, start, where.start() + found.end(), text),
				(where == lead) ? 0.85 : 0.7, "“" + found.words() + "” in "
						+ ((where == lead) ? "the sentence that reports the contact" : "the headline"));
	}

	/**
	 * Contacts in other sentences whose people are not the main contact's (at most
	 * three): "the October 16 call between President Trump and President Putin".
	 */
	static List<Proposed<OtherContactGuess>> others(Sentence lead, List<Candidate> candidates, Set<String> participants,
			String text) {
		List<Proposed<OtherContactGuess>> others = new ArrayList<>();
		Set<Set<String>> seen = new LinkedHashSet<>();
		seen.add(participants);
		for (Candidate c : candidates) {
			if (others.size() >= 3) {
				break;
			}
			Set<String> people = new LinkedHashSet<>(c.slugs());
			if (c.sentence().index() == lead.index() || people.size() < 2 || participants.containsAll(people)
					|| !seen.add(people)) {
				continue;
			}
			others.add(Proposed.of(new OtherContactGuess(c.sentence().text(), c.names(), c.type()),
					Evidence.of(c.sentence(), c.sentence().start(), c.sentence().end(), text), 0.5,
					"Another sentence reports a contact between " + String.join(", ", c.names()) + "."));
		}
		return others;
	}

}
