package org.backchannel.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.draft.DraftProposal.InitiatorGuess;
import org.backchannel.draft.DraftProposal.PlaceGuess;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;

/** The place, duration and initiator of the contact, from the lead and its neighbours. */
final class ContactDetails {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern INITIATOR = Pattern.compile("\\bat\\s+(?:the\\s+)?([\\p{L}.\\s’'-]{2,40}?)(?:'s|’s)\\s+"
			+ "(?:request|initiative|invitation|suggestion)\\b"
			+ "|\\b(?:at|on|upon)\\s+the\\s+(?:request|initiative|invitation|suggestion)\\s+of\\s+(?:the\\s+)?([\\p{L}.\\s-]{2,40}?)(?=[,.;:)]|\\s+(?:and|to|in|on|which|who|after|before)\\b|$)"
			+ "|\\b(?:initiated|requested|arranged|sought)\\s+by\\s+(?:the\\s+)?([\\p{L}.\\s-]{2,40}?)(?=[,.;:)]|\\s+(?:and|to|in|on|which|who|after|before|side)\\b|$)"
			+ "|\\b(?:by\\s+)?invitation\\s+(?:of|from)\\s+(?:the\\s+)?([\\p{L}.\\s-]{2,40}?)(?=[,.;:)]|\\s+(?:and|to|in|on)\\b|$)"
			+ "|\\b(?:it\\s+was|it's|it’s)\\s+(?:the\\s+)?([\\p{L}]+)\\s+who\\s+(?:asked|requested|called|initiated)\\b"
			+ "|\\bthe\\s+([\\p{L}]+)\\s+(?:side|leadership|government)\\s+(?:had\\s+)?(?:requested|initiated|asked\\s+for|sought)\\b"
			+ "|по\\s+(?:инициативе|приглашению|просьбе)\\s+([\\p{L}]+(?:\\s+стороны)?)", CI);

	static Proposed<PlaceGuess> place(Places places, Reading lead, List<Reading> readings, EventType type,
			String text) {
		if (type == EventType.PHONE_CALL || type == EventType.STATEMENT) {
			return Proposed.none("A phone call or statement has no place of its own.");
		}
		Places.Found best = null;
		Sentence where = null;
		for (Reading r : near(lead, readings, 3)) {
			if (r != lead && !r.hasContact()) {
				continue;
			}
			Places.Found f = places.find(r.sentence().text(), r.sentence().start());
			if (f != null && (best == null || f.place().level() > best.place().level())) {
				best = f;
				where = r.sentence();
			}
		}
		if (best == null) {
			return Proposed.none("No sentence about the contact says where it took place.");
		}
		return Proposed.of(new PlaceGuess(best.place().name(), best.place().country()),
				Evidence.of(where, best.start(), best.end(), text), where == lead.sentence() ? 0.85 : 0.7,
				"“" + best.place().name() + "” is where " + (where == lead.sentence()
						? "the sentence that reports the contact" : "a sentence that returns to the contact")
						+ " puts it");
	}

	static List<Reading> near(Reading lead, List<Reading> readings, int distance) {
		List<Reading> near = new ArrayList<>();
		near.add(lead);
		for (int d = 1; d <= distance; d++) {
			for (Reading r : readings) {
				if (Math.abs(r.sentence().index() - lead.sentence().index()) == d) {
					near.add(r);
				}
			}
		}
		return near;
	}

	static final Pattern LASTED = Pattern.compile("\\b(?:lasted|lasting|long|for|over|about|nearly|almost|some"
			+ "|more\\s+than|-hour|-minute|hour-long|minute)\\b|\\b\\d+\\s*(?:h|min)\\b", CI);

	static Proposed<Integer> duration(Reading lead, List<Reading> readings, String text) {
		for (Reading r : near(lead, readings, 5)) {
			if (r != lead && !r.hasContact() && !LASTED.matcher(r.sentence().text()).find()) {
				continue;
			}
			if (r != lead && !Pattern.compile("(?i)\\b(?:call|conversation|meeting|talks|lasted|lasting|summit)\\b")
				.matcher(r.sentence().text())
				.find()) {
				continue;
			}
			Durations.Found d = Durations.find(r.sentence().text(), r.sentence().start());
			if (d != null) {
				return Proposed.of(d.minutes(), Evidence.of(r.sentence(), d.start(), d.end(), text),
						r == lead ? 0.85 : 0.7,
						"“" + text.substring(d.start(), d.end()) + "” = " + d.minutes() + " minutes");
			}
		}
		return Proposed.none("The text does not say how long the contact lasted.");
	}

	static Proposed<InitiatorGuess> initiator(Reading lead, List<Reading> readings, String text) {
		for (Reading r : near(lead, readings, 8)) {
			boolean aboutContact = r == lead || ContactWords.CONTACT_NOUN.matcher(r.sentence().text()).find();
			Matcher m = INITIATOR.matcher(r.sentence().text());
			while (m.find()) {
				if (!aboutContact && !m.group()
					.matches("(?is).*(?:request|initiative|invitation|инициатив|приглашени|просьб).*")) {
					continue;
				}
				int g = 1;
				while (g <= m.groupCount() && m.group(g) == null) {
					g++;
				}
				if (g > m.groupCount()) {
					continue;
				}
				int start = r.sentence().start() + m.start(g);
				int end = r.sentence().start() + m.end(g);
				InitiatorGuess who = side(m.group(g), start, end, r);
				if (who != null) {
					return Proposed.of(who,
							Evidence.of(r.sentence(), r.sentence().start() + m.start(), r.sentence().start() + m.end(),
									text),
							r == lead ? 0.85 : 0.75, "“" + m.group().strip() + "” names who asked for it");
				}
			}
			ActorDictionary.Mention caller = ContactWords.called(text, r.sentence(), r.mentions());
			if (caller != null && (r == lead || r.hasContact())) {
				String side = Countries.side(caller.actor().country());
				if (side != null) {
					return Proposed.of(
							new InitiatorGuess(Initiator.valueOf(side), caller.actor().slug()), Evidence
								.of(r.sentence(), caller.start(), Math.min(r.sentence().end(), caller.end() + 8), text),
							0.7, caller.actor().name() + " placed the call");
				}
			}
		}
		return Proposed.none("The text does not say who asked for the contact.");
	}

	static InitiatorGuess side(String phrase, int start, int end, Reading r) {
		for (ActorDictionary.Mention m : r.mentions()) {
			if (m.start() < end && start < m.end()) {
				String side = Countries.side(m.actor().country());
				return (side != null)
						? new InitiatorGuess(Initiator.valueOf(side), m.actor().isPerson() ? m.actor().slug() : null)
						: null;
			}
		}
		List<Token> words = Token.tokenize(phrase);
		for (int i = 0; i < words.size(); i++) {
			String country = Countries.at(words, i);
			if (country == null) {
				String w = words.get(i).norm();
				country = w.startsWith("американ") ? "US"
						: (w.startsWith("российск") || w.startsWith("росси")) ? "RU" : w.equals("white") ? "US" : null;
			}
			if (country != null) {
				return new InitiatorGuess(Initiator.valueOf(Countries.side(country)), null);
			}
		}
		return null;
	}

	private ContactDetails() {
	}

}
