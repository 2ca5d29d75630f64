package org.backchannel.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backchannel.draft.ActorDictionary.Mention;

/**
 * The offices the record's actors hold, as the press words them: "the Russian foreign
 * minister", "the US Secretary of State", "Kremlin aide", "Russian and American top
 * diplomats" name whoever held that office on the report's date, qualified by a country
 * or an organisation; "his Russian counterpart" next to a named official names the one of
 * that country with the same kind of office.
 */
final class Offices {

	private record Office(KnownActor actor, KnownActor.Role role, List<String> words, String country, Set<String> org,
			String group) {

	}

	/**
	 * Office words that name a kind of official on their own once a country qualifies
	 * them.
	 */
	private static final Set<String> OFFICE_NOUNS = Set.of("aide", "envoy", "spokesperson", "spokeswoman", "spokesman",
			"adviser", "advisor", "ambassador", "negotiator");

	/**
	 * A surname followed by these is an adjective ("the Trump administration"), not a
	 * person.
	 */

	private static final Set<String> SKIP_BEFORE = Set.of("the", "and", "of", "his", "her", "its", "their", "then", "a",
			"an", "top");

	private final List<KnownActor> actors;

	private final List<Office> offices = new ArrayList<>();

	Offices(List<KnownActor> actors) {
		this.actors = actors;
		for (KnownActor actor : actors) {
			for (KnownActor.Role role : actor.roles()) {
				addOffices(actor, role);
			}
		}
	}

	private void addOffices(KnownActor actor, KnownActor.Role role) {
		List<String> words = new ArrayList<>(Token.normalizeAll(role.title()));
		String country = null;
		// "President of the United States", "aide to the President of Russia"
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			if ((w.equals("of") || w.equals("to") || w.equals("for")) && i > 0) {
				List<String> rest = words.subList(i + 1, words.size());
				String named = countryIn(rest);
				if (named != null) {
					country = named;
					words = new ArrayList<>(words.subList(0, i));
					break;
				}
			}
		}
		if (!words.isEmpty() && Countries.WORDS.containsKey(words.get(0))) {
			country = (country != null) ? country : Countries.WORDS.get(words.get(0));
			words.remove(0);
		}
		if (words.isEmpty()) {
			return;
		}
		String ownCountry = (country != null && !actor.slug().isEmpty() && actor.country() != null
				&& !(words.contains("envoy") || words.contains("ambassador"))) ? country : actor.country();
		Set<String> org = new HashSet<>();
		if (role.organization() != null) {
			List<String> orgWords = Token.normalizeAll(role.organization()
				.replaceAll("(?i)Ministry of Foreign Affairs", "Foreign Ministry")
				.replaceAll("(?i)Department of State", "State Department"));
			org.add(String.join(" ", orgWords.stream().filter((w) -> !Countries.WORDS.containsKey(w)).toList()));
		}
		String joined = String.join(" ", words);
		String group = group(joined);
		Set<String> variants = new LinkedHashSet<>();
		variants.add(joined);
		switch (group) {
			case "foreign" -> variants.addAll(List.of("top diplomat", "chief diplomat", "foreign minister",
					"minister of foreign affairs", "foreign affairs minister"));
			case "leader" -> variants.addAll(List.of("leader", "head of state"));
			default -> {
			}
		}
		String last = words.get(words.size() - 1);
		if (OFFICE_NOUNS.contains(last)) {
			variants.add(last);
			if (last.startsWith("spokes")) {
				variants.addAll(List.of("spokesperson", "spokeswoman", "spokesman"));
			}
			if (last.startsWith("advis")) {
				variants.addAll(List.of("adviser", "advisor"));
			}
		}
		if (joined.equals("head")) {
			return; // "head of ..." alone names nobody
		}
		for (String variant : variants) {
			this.offices.add(new Office(actor, role, List.of(variant.split(" ")), ownCountry, org, group));
		}
	}

	/** The kind of office, so that "his Russian counterpart" finds the matching one. */
	static String group(String title) {
		// Only the minister is "the top diplomat": a deputy foreign minister or a deputy
		// assistant secretary of state holds an office below it.
		boolean subordinate = title.matches(".*\\b(?:deputy|assistant|under|vice|spokes\\w*|director)\\b.*");
		if (!subordinate && (title.contains("foreign minister") || title.contains("secretary of state")
				|| title.contains("foreign affairs") || title.contains("top diplomat"))) {
			return "foreign";
		}
		if (title.matches("(?:president|prime minister|chancellor|leader)(?: of .*)?")) {
			return "leader";
		}
		if (title.contains("security adviser") || title.contains("security advisor") || title.contains("aide")) {
			return "adviser";
		}
		if (title.contains("envoy")) {
			return "envoy";
		}
		if (title.contains("intelligence") || title.contains("cia") || title.contains("svr") || title.contains("fsb")) {
			return "security";
		}
		return "other";
	}

	/** The group of the office an actor holds on a date, or "other". */
	String groupOf(KnownActor actor, LocalDate on) {
		for (KnownActor.Role role : actor.roles()) {
			if (role.heldOn(on)) {
				String g = group(String.join(" ", Token.normalizeAll(role.title())));
				if (!g.equals("other")) {
					return g;
				}
			}
		}
		return "other";
	}

	private static String countryIn(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			if (i + 1 < words.size()) {
				String pair = Countries.PAIRS.get(List.of(words.get(i), words.get(i + 1)));
				if (pair != null) {
					return pair;
				}
			}
			String c = Countries.WORDS.get(words.get(i));
			if (c != null) {
				return c;
			}
		}
		return null;
	}

	/** Every title in the tokens not already taken by a name, longest first. */
	void find(List<Token> tokens, LocalDate on, List<Mention> found, boolean[] taken) {
		List<Office> byWords = new ArrayList<>(this.offices);
		byWords.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
		Set<String> tried = new HashSet<>();
		for (Office office : byWords) {
			String key = String.join(" ", office.words());
			if (!tried.add(key)) {
				continue;
			}
			for (int i = 0; i + office.words().size() <= tokens.size(); i++) {
				if (ActorDictionary.matches(tokens, i, office.words(), taken, false)) {
					titleAt(tokens, i, office.words(), on, found, taken);
				}
			}
		}
		counterparts(tokens, on, found);
	}

	/**
	 * A title at {@code i}: the country or organisation before it (or "of Russia" after)
	 * picks the holder.
	 */
	private void titleAt(List<Token> tokens, int i, List<String> words, LocalDate on, List<Mention> found,
			boolean[] taken) {
		if (i >= 1 && Set.of("deputy", "assistant", "vice", "acting", "under", "former", "ex")
			.contains(tokens.get(i - 1).norm())) {
			return; // "Deputy Assistant Secretary of State" is not the Secretary of State
		}
		Set<String> countries = new LinkedHashSet<>();
		Set<String> orgs = new HashSet<>();
		int from = i;
		int k = i - 1;
		while (k >= 0 && i - k <= 5) {
			Token t = tokens.get(k);
			String country = Countries.endingAt(tokens, k);
			if (t.norm().equals("former") || t.norm().equals("ex")) {
				return; // a former holder does not hold it on the report's date
			}
			if (country != null) {
				countries.add(country);
				from = (k >= 1 && Countries.PAIRS.containsKey(List.of(tokens.get(k - 1).norm(), t.norm()))) ? k - 1 : k;
				k = from - 1;
				continue;
			}
			if (SKIP_BEFORE.contains(t.norm()) && !t.possessive()) {
				k--;
				continue;
			}
			// An organisation of one or two words: "Kremlin aide", "State Department
			// spokesperson".
			String one = t.norm();
			String two = (k >= 1) ? tokens.get(k - 1).norm() + " " + one : null;
			if (two != null && isOrg(two, words)) {
				orgs.add(two);
				from = k - 1;
				k -= 2;
				continue;
			}
			if (isOrg(one, words)) {
				orgs.add(one);
				from = k;
				k--;
				continue;
			}
			break;
		}
		int after = i + words.size();
		if (after + 1 < tokens.size()
				&& (tokens.get(after).norm().equals("of") || tokens.get(after).norm().equals("from"))) {
			int c = after + 1;
			while (c < tokens.size()) {
				if (tokens.get(c).norm().equals("the") || tokens.get(c).norm().equals("and")) {
					c++;
					continue;
				}
				String country = Countries.at(tokens, c);
				if (country == null) {
					break;
				}
				countries.add(country);
				c += Countries.startsPair(tokens, c) ? 2 : 1;
			}
		}
		String key = String.join(" ", words);
		List<Office> holders = this.offices.stream()
			.filter((o) -> String.join(" ", o.words()).equals(key) && o.role().heldOn(on))
			.toList();
		int endToken = i + words.size() - 1;
		if (countries.isEmpty() && orgs.isEmpty()) {
			Set<String> who = new HashSet<>();
			holders.forEach((o) -> who.add(o.actor().slug()));
			if (who.size() == 1 && words.size() >= 2 && !key.contains("diplomat") && !key.equals("head of state")) {
				Office o = holders.get(0);
				add(found, taken, tokens, i, endToken, o.actor(), "title “" + o.role().title() + "”", 0.7);
			}
			return;
		}
		for (String country : countries.isEmpty() ? Set.of("") : countries) {
			Set<KnownActor> who = new LinkedHashSet<>();
			for (Office o : holders) {
				boolean countryOk = country.isEmpty() || country.equals(o.country())
						|| country.equals(o.actor().country());
				boolean orgOk = orgs.isEmpty() || orgs.stream().anyMatch(o.org()::contains)
						|| (!countries.isEmpty() && orgs.stream().allMatch(Countries.WORDS::containsKey));
				if (countryOk && orgOk) {
					who.add(o.actor());
				}
			}
			if (who.size() == 1) {
				KnownActor actor = who.iterator().next();
				String title = holders.stream()
					.filter((o) -> o.actor() == actor)
					.findFirst()
					.map((o) -> o.role().title())
					.orElse(key);
				add(found, taken, tokens, from, endToken, actor, "title “" + title + "” held on the report's date",
						0.8);
			}
		}
	}

	private boolean isOrg(String words, List<String> title) {
		return this.offices.stream().anyMatch((o) -> o.words().equals(title) && o.org().contains(words));
	}

	private static void add(List<Mention> found, boolean[] taken, List<Token> tokens, int from, int to,
			KnownActor actor, String how, double confidence) {
		for (int k = from; k <= to; k++) {
			taken[k] = true;
		}
		found.add(new Mention(actor, tokens.get(from).start(), ActorDictionary.end(tokens.get(to)), how, confidence));
	}

	/**
	 * "his Russian counterpart": the official of that country who holds the same kind of
	 * office as the named official before it in the same sentence.
	 */
	private void counterparts(List<Token> tokens, LocalDate on, List<Mention> found) {
		for (int i = 0; i < tokens.size(); i++) {
			if (!tokens.get(i).is("counterpart")) {
				continue;
			}
			String country = (i >= 1) ? Countries.endingAt(tokens, i - 1) : null;
			if (country == null) {
				continue;
			}
			int at = tokens.get(i).start();
			Mention before = null;
			for (Mention m : found) {
				if (m.end() <= at && at - m.end() < 120 && m.actor().isPerson()) {
					before = m;
				}
			}
			if (before == null) {
				continue;
			}
			String group = groupOf(before.actor(), on);
			if (group.equals("other")) {
				continue;
			}
			Set<KnownActor> who = new LinkedHashSet<>();
			for (KnownActor actor : this.actors) {
				if (country.equals(actor.country()) && actor.isPerson() && groupOf(actor, on).equals(group)
						&& actor.roles()
							.stream()
							.anyMatch((r) -> r.heldOn(on)
									&& group(String.join(" ", Token.normalizeAll(r.title()))).equals(group))) {
					who.add(actor);
				}
			}
			if (who.size() == 1) {
				int from = i - 1;
				found.add(new Mention(who.iterator().next(), tokens.get(from).start(),
						ActorDictionary.end(tokens.get(i)), "counterpart of " + before.actor().name(), 0.7));
			}
		}
	}

}
