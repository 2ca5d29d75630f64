package org.backchannel.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.draft.DraftProposal.NewActorGuess;

/**
 * Capitalised names after an office word ("envoy Kirill Dmitriev") or joined by "and" to
 * a known person, that no actor in the record has: offered as new actors.
 */
final class NewNames {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Set<String> NAME_STOP = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "However",
			"Meanwhile", "According", "US", "U.S.", "Russian", "American", "Ukrainian", "President", "Mr", "Mr.", "Mrs",
			"Ms", "State", "Department", "Foreign", "Ministry", "Secretary", "Minister", "Kremlin", "White", "House",
			"Moscow", "Washington", "Kyiv", "Kiev", "Russia", "Ukraine", "Europe", "European", "NATO", "Special",
			"Envoy", "Prime", "Deputy", "National", "Security", "Adviser", "Advisor", "Aide", "Spokesperson",
			"Spokeswoman", "Spokesman", "General", "Gen.", "Adm.", "Admiral", "Director", "Ambassador", "Chief", "Head",
			"Sheikh", "Crown", "Prince", "United", "States", "Nations", "Saudi", "Arabia", "Gulf", "Middle", "East",
			"West", "Mar", "He", "She", "They", "It", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday",
			"Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December");

	static final Pattern OFFICE_BEFORE = Pattern.compile("(?:president|minister|envoy|aide|adviser|advisor"
			+ "|spokesperson|spokeswoman|spokesman|secretary|ambassador|director|chief|head|general|admiral|gen\\.|adm\\."
			+ "|official|negotiator|deputy|chairman|speaker|commander|businessman|investor|diplomat|representative)"
			+ "[\\s,]+(?:of\\s+[\\p{L} ]{2,40}?[\\s,]+)?$", CI);

	static final Pattern OFFICE_AFTER = Pattern.compile("^,\\s+(?:the\\s+|a\\s+|Russia's\\s+|Russia’s\\s+)?"
			+ "(?:[\\p{L}-]+\\s+){0,3}(?:head|director|chief|envoy|aide|adviser|advisor|minister|president|spokesperson"
			+ "|spokeswoman|spokesman|ambassador|secretary|negotiator|chairman|commander|deputy|representative)\\b",
			CI);

	static final Pattern CAPITALISED_NAME = Pattern
		.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+){1,2})(?![\\p{L}])");

	/**
	 * Capitalised names after an office word ("envoy Kirill Dmitriev") that no actor has.
	 */
	static List<Proposed<NewActorGuess>> find(Reading r, String text) {
		List<Proposed<NewActorGuess>> found = new ArrayList<>();
		Matcher m = CAPITALISED_NAME.matcher(r.sentence().text());
		while (m.find()) {
			int start = r.sentence().start() + m.start();
			int end = r.sentence().start() + m.end();
			String[] words = m.group(1).split("\\s+");
			// Leading words that are not names ("President", "The") move the start on.
			int skip = 0;
			while (skip < words.length && NAME_STOP.contains(words[skip])) {
				start += words[skip].length() + 1;
				skip++;
			}
			if (words.length - skip < 2 || r.sentence().text().substring(m.end()).matches("(?s)\\s+\\p{Lu}.*")) {
				continue; // part of a longer proper name ("Russian Direct Investment
							// Fund")
			}
			String name = String.join(" ", Arrays.copyOfRange(words, skip, words.length)).replaceAll("(?:'s|’s)$", "");
			final int s0 = start;
			final int e0 = end;
			boolean known = r.mentions().stream().anyMatch((x) -> x.start() < e0 && s0 < x.end());
			boolean stop = Arrays.stream(words, skip, words.length).anyMatch(NAME_STOP::contains);
			boolean place = Places.GAZETTEER.stream().anyMatch((p) -> name.contains(p.name()))
					|| name.matches(".*\\b(?:Fund|Service|Ministry|Department|Council|Bank|Agency|Committee|Office"
							+ "|Administration|Group|Company|Corporation|Forum|Institute|University|Party|Union"
							+ "|Organi[sz]ation|Assembly|Parliament|Duma|Government|Bureau|House|Palace|Talks|Summit"
							+ "|News|Times|Post|Agency|Press|Network)$");
			String before = text.substring(Math.max(r.sentence().start(), start - 60), start);
			String after = text.substring(end, Math.min(r.sentence().end(), end + 60));
			boolean office = OFFICE_BEFORE.matcher(before).find() || OFFICE_AFTER.matcher(after).find();
			boolean coordinated = r.mentions()
				.stream()
				.anyMatch((x) -> x.actor().isPerson()
						&& ((x.end() <= s0 && text.substring(x.end(), s0).matches("\\s+and\\s+"))
								|| (x.start() >= e0 && text.substring(e0, x.start()).matches("\\s+and\\s+"))));
			if (known || stop || place || !(office || coordinated)) {
				continue;
			}
			found.add(Proposed.of(new NewActorGuess(name), Evidence.of(r.sentence(), start, end, text), 0.5,
					"“" + name + "” reads as a person's name after an office, and no actor in the record has it"));
		}
		return found;
	}

	private NewNames() {
	}

}
