package org.backchannel.draft;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.event.EventType;

/**
 * The kind of contact: the kind words of the lead weigh three times those of the
 * sentences that return to the same contact (the same people, or "the call").
 */
final class ContactTypes {

	static int strength(EventType type, Matcher m) {
		String word = m.group().toLowerCase(Locale.ROOT);
		if (type == EventType.PHONE_CALL && conversationOnly(word)) {
			return 2;
		}
		if (type == EventType.MEETING && word.equals("talks")) {
			return 1;
		}
		if (type == EventType.NEGOTIATION_ROUND && word.startsWith("переговор")) {
			return 1;
		}
		if (type == EventType.SUMMIT || type == EventType.NEGOTIATION_ROUND) {
			return 4;
		}
		return 3;
	}

	/** "conversation", "разговор": a call or a meeting. */
	private static boolean conversationOnly(String word) {
		return word.startsWith("conversation") || word.startsWith("разговор") || word.startsWith("бесед");
	}

	/**
	 * A contact named only as a "conversation" is a meeting when a sentence near the lead
	 * that names none but its people speaks of a meeting ("на встрече в Кремле").
	 */
	private static Reading metInPerson(Reading lead, List<Reading> readings, String text, Set<String> leadPeople) {
		Reading met = null;
		for (Reading r : readings) {
			if (Math.abs(r.index() - lead.index()) > 3 || !leadPeople.containsAll(Mentions.slugs(r.persons(text)))) {
				continue;
			}
			Matcher phone = r.types().get(EventType.PHONE_CALL);
			if (phone != null && !conversationOnly(phone.group().toLowerCase(Locale.ROOT))) {
				return null; // "their telephone conversation": a call after all
			}
			if (met == null && r.types().containsKey(EventType.MEETING)) {
				met = r;
			}
		}
		return met;
	}

	static Proposed<EventType> type(Reading lead, List<Reading> readings, String text) {
		Map<EventType, Double> score = new EnumMap<>(EventType.class);
		Map<EventType, Evidence> evidence = new EnumMap<>(EventType.class);
		Set<String> leadPeople = Mentions.slugs(lead.persons(text));
		for (Reading r : readings) {
			boolean isLead = r == lead;
			boolean same = isLead
					|| (!leadPeople.isEmpty() && leadPeople.containsAll(Mentions.slugs(r.persons(text)))
							&& !Mentions.slugs(r.persons(text)).isEmpty())
					|| Pattern
						.compile("(?i)\\b(?:the|this|their|that)\\s+(?:call|conversation|meeting|talks|summit)\\b")
						.matcher(r.sentence().text())
						.find() && Math.abs(r.sentence().index() - lead.sentence().index()) <= 3;
			if (!same) {
				continue;
			}
			for (Map.Entry<EventType, Matcher> e : r.types().entrySet()) {
				double w = strength(e.getKey(), e.getValue()) * (isLead ? 3 : 1);
				score.merge(e.getKey(), w, Double::sum);
				evidence.putIfAbsent(e.getKey(), Evidence.of(r.sentence(), r.sentence().start() + e.getValue().start(),
						r.sentence().start() + e.getValue().end(), text));
				if (isLead) {
					evidence.put(e.getKey(), Evidence.of(r.sentence(), r.sentence().start() + e.getValue().start(),
							r.sentence().start() + e.getValue().end(), text));
				}
			}
		}
		if (score.isEmpty()) {
			return Proposed
				.none("The text reports a contact but does not say what kind (call, meeting, talks, summit).");
		}
		EventType type = score.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
		if (lead.types().containsKey(EventType.SUMMIT) && !lead.types().containsKey(EventType.PHONE_CALL)) {
			type = EventType.SUMMIT; // the lead names a summit: "the meeting" it returns
										// to is that summit
		}
		Matcher leadPhone = lead.types().get(EventType.PHONE_CALL);
		Reading met = (type == EventType.PHONE_CALL && leadPhone != null
				&& conversationOnly(leadPhone.group().toLowerCase(Locale.ROOT)))
						? metInPerson(lead, readings, text, leadPeople) : null;
		if (met != null) {
			type = EventType.MEETING;
			Matcher m = met.types().get(type);
			score.merge(type, (double) strength(type, m), Double::sum);
			evidence.putIfAbsent(type, Evidence.of(met.sentence(), met.sentence().start() + m.start(),
					met.sentence().start() + m.end(), text));
		}
		double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
		double confidence = Math.min(0.95, 0.5 + 0.45 * score.get(type) / total);
		Evidence ev = evidence.get(type);
		return Proposed.of(type, ev, Evidence.round(confidence), "“" + ev.match() + "” names the kind of contact");
	}

	/**
	 * Delegations, a round, consultations: talks between teams rather than principals.
	 */
	private static final Pattern DELEGATIONS = Pattern.compile(
			"\\bdelegations?\\b|\\bround\\b|\\bconsultations\\b"
					+ "|\\bделегаци\\p{L}*|\\bраунд\\p{L}*|\\bконсультаци\\p{L}*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A meeting of delegations is a negotiation round, unless a head of state, a foreign
	 * minister or a special envoy takes part ({@code principal}): then it is their
	 * meeting, whoever came with them.
	 */
	static Proposed<EventType> refine(Proposed<EventType> type, Reading lead, List<Reading> readings,
			List<KnownActor> participants, java.util.function.Predicate<KnownActor> principal) {
		if (!type.isPresent() || type.value() != EventType.MEETING || participants.stream().anyMatch(principal)) {
			return type;
		}
		for (Reading r : readings) {
			if (r.index() >= lead.index() - 1 && r.index() <= lead.index() + 3) {
				Matcher m = DELEGATIONS.matcher(r.sentence().text());
				if (m.find()) {
					return Proposed.of(EventType.NEGOTIATION_ROUND, type.evidence(), type.confidence(),
							"“" + m.group() + "”: a meeting of delegations, read as a negotiation round");
				}
			}
		}
		return type;
	}

	private ContactTypes() {
	}

}
