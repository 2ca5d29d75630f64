package org.backchannel.draft;

import java.util.stream.Stream;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the record's actors in a text: by name and alias (any script; Cyrillic with its
 * case endings), by surname alone where only one person has it, and by a title held on
 * the report's date, qualified by a country or an organisation ("the Russian foreign
 * minister", "the US Secretary of State", "Kremlin aide", "Russian and American top
 * diplomats"), and "his Russian counterpart" next to a named official. Built from the
 * actor, alias and role tables: nobody is known here who is not in the record.
 */
final class ActorDictionary {

	/** Where an actor is named in the text. */
	record Mention(KnownActor actor, int start, int end, String how, double confidence) {

	}

	private record Name(KnownActor actor, List<String> words, String how, double confidence) {

	}

	private static final Set<String> NOT_A_PERSON_AFTER = Set.of("administration", "government", "team", "campaign",
			"era", "presidency", "camp", "doctrine", "plan", "regime", "family", "organization");

	/**
	 * Surnames that are also common words ("беседа", a conversation): alone they name no
	 * one; with a first name ("Сергей Беседа") they do.
	 */
	private static final Set<String> COMMON_WORDS = Stream.of("беседа", "беседы", "беседе", "беседу", "беседой")
		.map(Token::normalize)
		.collect(Collectors.toUnmodifiableSet());

	private final List<KnownActor> actors;

	private final List<Name> names = new ArrayList<>();

	private final Offices offices;

	/** Surnames of six letters or more, by their first letter, for misspellings. */
	private final Map<Integer, List<Name>> longSurnames = new HashMap<>();

	ActorDictionary(List<KnownActor> actors) {
		this.actors = List.copyOf(actors);
		this.offices = new Offices(this.actors);
		Map<String, Set<String>> surnames = new HashMap<>();
		for (KnownActor actor : actors) {
			for (String spelling : spellings(actor)) {
				List<String> words = Token.normalizeAll(spelling);
				if (words.isEmpty()) {
					continue;
				}
				this.names.add(new Name(actor, words,
						spelling.equals(actor.name()) ? "name" : "alias “" + spelling + "”", 0.95));
				if (actor.isPerson() && words.size() >= 2) {
					surnames.computeIfAbsent(words.get(words.size() - 1), (k) -> new HashSet<>()).add(actor.slug());
				}
			}
			for (String spelling : bodyForms(actor)) {
				this.names.add(new Name(actor, Token.normalizeAll(spelling), "name “" + spelling + "”", 0.85));
			}
		}
		for (KnownActor actor : actors) {
			if (!actor.isPerson()) {
				continue;
			}
			for (String spelling : spellings(actor)) {
				List<String> words = Token.normalizeAll(spelling);
				String surname = words.isEmpty() ? null : words.get(words.size() - 1);
				if (words.size() >= 2 && surname.length() >= 3 && surnames.get(surname).size() == 1) {
					Name name = new Name(actor, List.of(surname), "surname", 0.85);
					this.names.add(name);
					if (surname.length() >= 6) {
						this.longSurnames.computeIfAbsent(surname.codePointAt(0), (k) -> new ArrayList<>()).add(name);
					}
				}
			}
		}
	}

	private static Set<String> spellings(KnownActor actor) {
		Set<String> all = new LinkedHashSet<>();
		all.add(actor.name());
		all.addAll(actor.aliases());
		return all;
	}

	/**
	 * A government body's name as the press words it: "Ministry of Foreign Affairs" is
	 * also the "Foreign Ministry", "Department of State" the "State Department".
	 */
	private static Set<String> bodyForms(KnownActor actor) {
		Set<String> forms = new LinkedHashSet<>();
		if (actor.isPerson()) {
			return forms;
		}
		for (String spelling : spellings(actor)) {
			String s = spelling.replaceAll("(?i)Ministry of Foreign Affairs", "Foreign Ministry")
				.replaceAll("(?i)Department of State", "State Department")
				.replaceAll("(?i)\\s+of the Russian Federation", "");
			if (!s.equals(spelling)) {
				forms.add(s);
			}
		}
		return forms;
	}

	/** The kind of office, so that "his Russian counterpart" finds the matching one. */
	static String group(String title) {
		return Offices.group(title);
	}

	/** The group of the office an actor holds on a date, or "other". */
	String groupOf(KnownActor actor, LocalDate on) {
		return this.offices.groupOf(actor, on);
	}

	/** Every mention of a known actor in the tokens, on the report's date. */
	List<Mention> find(List<Token> tokens, LocalDate on) {
		List<Mention> found = new ArrayList<>();
		boolean[] taken = new boolean[tokens.size()];
		// Names first, longest first.
		List<Name> byLength = new ArrayList<>(this.names);
		byLength.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
		for (Name name : byLength) {
			for (int i = 0; i + name.words().size() <= tokens.size(); i++) {
				if (matches(tokens, i, name.words(), taken, true)) {
					int last = i + name.words().size() - 1;
					if (name.words().size() == 1 && (COMMON_WORDS.contains(tokens.get(i).norm())
							|| last + 1 < tokens.size() && NOT_A_PERSON_AFTER.contains(tokens.get(last + 1).norm()))) {
						continue; // "the Trump administration", "Беседа прошла"
					}
					found.add(new Mention(name.actor(), tokens.get(i).start(), end(tokens.get(last)), name.how(),
							name.confidence()));
					for (int k = i; k <= last; k++) {
						taken[k] = true;
					}
				}
			}
		}
		// A capitalised word one letter off a known surname ("Witcoff"): that person.
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			Name near = (taken[i] || !t.capitalized() || t.norm().length() < 6) ? null : misspelt(t.norm());
			if (near != null) {
				found.add(new Mention(near.actor(), t.start(), end(t),
						"“" + t.raw() + "”, one letter off “" + near.words().get(0) + "”", 0.6));
				taken[i] = true;
			}
		}
		// Titles: longest first; they may run straight into a name of the same actor.
		this.offices.find(tokens, on, found, taken);
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/** The one surname a word is one edit away from, or null (none, or two people). */
	private Name misspelt(String word) {
		Name hit = null;
		for (Name n : this.longSurnames.getOrDefault(word.codePointAt(0), List.of())) {
			String surname = n.words().get(0);
			if (!surname.equals(word) && Math.abs(surname.length() - word.length()) <= 1 && oneEdit(surname, word)) {
				if (hit != null && !hit.actor().slug().equals(n.actor().slug())) {
					return null;
				}
				hit = n;
			}
		}
		return hit;
	}

	/** One substitution, insertion, deletion or swap of neighbours apart. */
	static boolean oneEdit(String a, String b) {
		if (a.length() == b.length()) {
			int i = 0;
			while (i < a.length() && a.charAt(i) == b.charAt(i)) {
				i++;
			}
			if (i == a.length()) {
				return false;
			}
			if (a.substring(i + 1).equals(b.substring(i + 1))) {
				return true;
			}
			return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2));
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (longer == a) ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		return shorter.substring(i).equals(longer.substring(i + 1));
	}

	static int end(Token token) {
		return token.possessive() ? token.end() - 2 : token.end();
	}

	static boolean matches(List<Token> tokens, int i, List<String> words, boolean[] taken, boolean name) {
		for (int k = 0; k < words.size(); k++) {
			Token t = tokens.get(i + k);
			if (taken[i + k] || !t.is(words.get(k))) {
				return false;
			}
			if (name && !t.capitalized() && !t.cyrillic() && !t.norm().equals(words.get(k))) {
				return false;
			}
			if (name && !t.capitalized()) {
				return false; // a name is written with a capital
			}
			if (k < words.size() - 1 && t.possessive()) {
				return false;
			}
		}
		return true;
	}

	List<KnownActor> actors() {
		return this.actors;
	}

}