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
		if (type == EventType.PHONE_CALL && (word.startsWith("conversation") || word.startsWith("разговор"))) {
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
