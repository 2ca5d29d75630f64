package org.backchannel.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The actors found in a text as one mention per run of words naming each. */
final class Mentions {

	/**
	 * One mention per run of words naming the same actor: "US Secretary of State Marco
	 * Rubio" or "Kremlin aide Yuri Ushakov" is one mention, not a title and a name.
	 */
	static List<ActorDictionary.Mention> merge(List<ActorDictionary.Mention> found, String text) {
		List<ActorDictionary.Mention> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt(ActorDictionary.Mention::start));
		List<ActorDictionary.Mention> merged = new ArrayList<>();
		for (ActorDictionary.Mention m : sorted) {
			if (!merged.isEmpty()) {
				ActorDictionary.Mention last = merged.get(merged.size() - 1);
				if (last.actor().slug().equals(m.actor().slug()) && m.start() >= last.end()
						&& text.substring(last.end(), m.start()).matches("[\\s,]*")) {
					merged.set(merged.size() - 1,
							new ActorDictionary.Mention(m.actor(), last.start(), Math.max(last.end(), m.end()),
									last.how() + " and " + m.how(), Math.max(last.confidence(), m.confidence())));
					continue;
				}
				boolean sameWords = m.start() == last.start() && m.end() == last.end();
				if (m.start() < last.end() && !sameWords) {
					continue; // overlapping: the earlier (name-first) one stands
				}
			}
			merged.add(m);
		}
		return merged;
	}

	static Set<String> slugs(List<ActorDictionary.Mention> mentions) {
		Set<String> slugs = new LinkedHashSet<>();
		mentions.forEach((m) -> slugs.add(m.actor().slug()));
		return slugs;
	}

	private Mentions() {
	}

}
