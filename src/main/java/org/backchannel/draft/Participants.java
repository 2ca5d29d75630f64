package org.backchannel.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.backchannel.draft.DraftProposal.NewActorGuess;
import org.backchannel.draft.DraftProposal.ParticipantGuess;
import org.backchannel.event.ParticipantRole;

/**
 * The participants: the people the lead names as taking part (not the spokespeople who
 * report it, nor people it names as describing someone else), then the nearest sentences
 * about the same contact when the lead names fewer than two, then people "joined by" or
 * "accompanied by" them as delegation members; unknown names after an office are offered
 * as new actors ({@link NewNames}).
 */
final class Participants {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern JOINED = Pattern.compile("\\bjoined\\s+by\\b|\\baccompanied\\s+by\\b|\\balso\\s+"
			+ "(?:took\\s+part|attended|present|participated|joined)\\b|\\btook\\s+part\\b|\\bwere\\s+(?:also\\s+)?present\\b"
			+ "|\\b(?:delegation|team)\\s+(?:included|includes|comprised|comprises|consists\\s+of|consisted\\s+of"
			+ "|(?:was\\s+|will\\s+be\\s+|is\\s+)?(?:led|headed)\\s+by)\\b"
			+ "|\\bled\\s+the\\s+(?:dialogue|talks|negotiations|delegations?)\\b|\\bво\\s+главе\\s+с\\b"
			+ "|\\b(?:was\\s+|were\\s+|will\\s+be\\s+)?represented\\s+by\\b|\\bparticipants\\s+(?:include|included|were|are)\\b"
			+ "|\\bпредстав(?:ят|ит|ляли|лял|ляет|ляют)\\b|\\bв\\s+составе\\b|\\bучаств\\p{L}*|\\bon\\s+the\\s+(?:US|U\\.S\\.|American|Russian)\\s+side\\b"
			+ "|\\bthree-on-three\\b|\\bwith\\s+(?:aide|adviser|envoy)s?\\b", CI);

	/** A subject pronoun: the person is named in the sentence before. */
	static final Pattern PRONOUN = Pattern
		.compile("(?:^|[\\s,])(?:he|she|он|она)\\s+(?!said|says|added|noted|told|сказал|добавил|отметил)", CI);

	static void participants(Reading lead, List<Reading> readings, String text, LocalDate published,
			List<Proposed<ParticipantGuess>> participants, List<Proposed<NewActorGuess>> newActors) {
		Map<String, Proposed<ParticipantGuess>> chosen = new LinkedHashMap<>();
		addPersons(lead, text, ParticipantRole.PRINCIPAL, chosen, "named in the sentence that reports the contact");
		List<Proposed<NewActorGuess>> unknown = new ArrayList<>(NewNames.find(lead, text));
		if (chosen.size() < 2 && PRONOUN.matcher(lead.sentence().text()).find()) {
			// "Такое заявление он сделал по итогам встречи с …": "he" is the one the
			// sentence before names.
			for (Reading r : readings) {
				if (r.sentence().index() == lead.sentence().index() - 1 && !r.persons(text).isEmpty()) {
					Reading first = new Reading(r.sentence(), List.of(r.persons(text).get(0)), r.types(), r.weak());
					addPersons(first, text, ParticipantRole.PRINCIPAL, chosen,
							"the one the sentence before names, “he” in the sentence that reports the contact");
				}
			}
		}
		// Too few people in the lead: the nearest sentences about the same contact name
		// them.
		for (int distance = 1; distance <= 4 && chosen.size() + unknown.size() < 2; distance++) {
			for (Reading r : readings) {
				// Not the people of an earlier contact named after a turn ("following an
				// agreement between Putin and Trump") or recalled weeks later.
				if (Math.abs(r.sentence().index() - lead.sentence().index()) == distance && r.hasContact()
						&& chosen.size() + unknown.size() < 2 && !LeadChoice.onlyAfterTurn(r, text)
						&& !LeadChoice.background(r.sentence().text(), published)) {
					addPersons(r, text, ParticipantRole.PRINCIPAL, chosen,
							"named in a sentence that returns to the contact");
				}
			}
		}
		for (Reading r : readings) {
			if (Math.abs(r.sentence().index() - lead.sentence().index()) <= 3
					&& JOINED.matcher(r.sentence().text()).find()) {
				addPersons(r, text, ParticipantRole.DELEGATION_MEMBER, chosen, "named as taking part alongside");
				if (r != lead) {
					unknown.addAll(NewNames.find(r, text));
				}
			}
		}
		participants.addAll(chosen.values());
		Set<String> seen = new LinkedHashSet<>();
		for (Proposed<NewActorGuess> n : unknown) {
			if (seen.add(n.value().name())) {
				newActors.add(n);
			}
		}
	}

	static void addPersons(Reading r, String text, ParticipantRole role, Map<String, Proposed<ParticipantGuess>> chosen,
			String reason) {
		for (ActorDictionary.Mention m : r.persons(text)) {
			KnownActor a = m.actor();
			if (chosen.containsKey(a.slug()) || a.roles().stream().anyMatch((x) -> spokesperson(x.title()))) {
				continue;
			}
			chosen.put(a.slug(),
					Proposed.of(new ParticipantGuess(a.slug(), a.name(), a.country(), role),
							Evidence.of(r.sentence(), m.start(), m.end(), text), Evidence.round(m.confidence()),
							"“" + text.substring(m.start(), m.end()) + "” (" + m.how() + "), " + reason));
		}
	}

	/** A spokesperson or a press secretary reports contacts; never a participant. */
	static boolean spokesperson(String title) {
		String t = title.toLowerCase(Locale.ROOT);
		return t.contains("spokes") || t.contains("press secretary");
	}

	private Participants() {
	}

}
