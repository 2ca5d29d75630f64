package org.backchannel.draft;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.backchannel.event.EventType;

/**
 * One sentence, read once: the actors it names, its contact words by kind, and whether a
 * weaker word ("discussed", "spoke", "Putin called Trump") reports a contact.
 */
record Reading(Sentence sentence, List<ActorDictionary.Mention> mentions, Map<EventType, Matcher> types, boolean weak) {

	/**
	 * The people the sentence names as taking part: not those who describe someone else
	 * ("Putin's envoy"), not the speakers when two others are named, and not the people
	 * of another event after a turn such as "after the October 16 call between …" once
	 * two are named before it.
	 */
	List<ActorDictionary.Mention> persons(String text) {
		List<ActorDictionary.Mention> persons = this.mentions.stream()
			.filter((m) -> m.actor().isPerson() && !Speakers.descriptor(text, m) && !Speakers.told(text, m))
			.toList();
		List<ActorDictionary.Mention> speaking = persons.stream()
			.filter((m) -> Speakers.speaker(text, m) && !Speakers.ownContact(text, m))
			.toList();
		Set<String> others = new LinkedHashSet<>();
		persons.stream().filter((m) -> !speaking.contains(m)).forEach((m) -> others.add(m.actor().slug()));
		List<ActorDictionary.Mention> kept = (others.size() >= 2)
				? persons.stream().filter((m) -> !speaking.contains(m)).toList() : persons;
		Matcher turn = Speakers.SUBORDINATE.matcher(this.sentence.text());
		while (turn.find()) {
			int at = this.sentence.start() + turn.start();
			Set<String> before = new LinkedHashSet<>();
			kept.stream().filter((m) -> m.end() <= at).forEach((m) -> before.add(m.actor().slug()));
			if (before.size() >= 2) {
				return kept.stream().filter((m) -> m.end() <= at).toList();
			}
		}
		return kept;

	}

	Set<String> slugs(String text) {
		return Mentions.slugs(persons(text));
	}

	boolean hasContact() {
		return !this.types.isEmpty() || this.weak;
	}

	int index() {
		return this.sentence.index();
	}

}
