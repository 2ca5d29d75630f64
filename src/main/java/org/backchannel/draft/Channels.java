package org.backchannel.draft;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.backchannel.draft.DraftProposal.ParticipantGuess;
import org.backchannel.draft.DraftProposal.PlaceGuess;
import org.backchannel.event.Channel;
import org.backchannel.event.EventType;
import org.backchannel.event.ParticipantRole;

/**
 * The channel (leaders, ministers, envoys…) from the participants' offices, and a title.
 */
final class Channels {

	static Proposed<Channel> channel(ActorDictionary actors, List<Proposed<ParticipantGuess>> participants,
			LocalDate on, Reading lead, String text) {
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		for (Proposed<ParticipantGuess> p : participants) {
			KnownActor actor = actors.actors()
				.stream()
				.filter((a) -> a.slug().equals(p.value().actor()))
				.findFirst()
				.orElse(null);
			if (actor == null || actor.country() == null) {
				continue;
			}
			groups.computeIfAbsent(actor.country(), (k) -> new LinkedHashSet<>()).add(actors.groupOf(actor, on));
		}
		Evidence ev = Evidence.of(lead.sentence(), lead.sentence().start(), lead.sentence().end(), text);
		Set<String> us = groups.getOrDefault("US", Set.of());
		Set<String> ru = groups.getOrDefault("RU", Set.of());
		if (us.isEmpty() || ru.isEmpty()) {
			if (participants.isEmpty()) {
				return Proposed.none("No known participant to tell the channel from.");
			}
			return Proposed.of(Channel.RELATED, ev, 0.6,
					"The participants are not on both the US and the Russian side.");
		}
		if (us.contains("leader") && ru.contains("leader")) {
			return Proposed.of(Channel.LEADERS, ev, 0.85, "A head of state or government on each side.");
		}
		if (us.contains("foreign") && ru.contains("foreign")) {
			return Proposed.of(Channel.MINISTERS, ev, 0.85, "The foreign minister and the Secretary of State.");
		}
		if (us.contains("envoy") || ru.contains("envoy")) {
			return Proposed.of(Channel.ENVOYS, ev, 0.75, "A special envoy takes part.");
		}
		if (us.contains("adviser") && ru.contains("adviser")) {
			return Proposed.of(Channel.ADVISERS, ev, 0.75,
					"National security advisers or presidential aides on both sides.");
		}
		if (us.contains("security") || ru.contains("security")) {
			return Proposed.of(Channel.SECURITY_SERVICES, ev, 0.7, "An intelligence chief takes part.");
		}
		return Proposed.of(Channel.DELEGATIONS, ev, 0.5, "US and Russian officials below minister level.");
	}

	static String title(List<Proposed<ParticipantGuess>> participants, EventType type, Proposed<PlaceGuess> place) {
		List<String> names = participants.stream()
			.filter((p) -> p.value().role() == ParticipantRole.PRINCIPAL)
			.limit(2)
			.map((p) -> {
				String[] words = p.value().name().split("\\s+");
				return words[words.length - 1];
			})
			.toList();
		String kind = (type == null) ? "contact" : switch (type) {
			case PHONE_CALL -> "phone call";
			case MEETING -> "meeting";
			case SUMMIT -> "summit";
			case NEGOTIATION_ROUND -> "talks";
			case STATEMENT -> "statement";
			default -> "contact";
		};
		String who = names.isEmpty() ? "" : String.join("–", names) + " ";
		String where = place.isPresent() ? " in " + place.value().name() : "";
		String title = who + kind + where;
		return Character.toUpperCase(title.charAt(0)) + title.substring(1);
	}

	private Channels() {
	}

}
