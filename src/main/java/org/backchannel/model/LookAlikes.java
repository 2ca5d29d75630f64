package org.backchannel.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.SpoofChecker;

/**
 * Names that look alike (Unicode Technical Standard #39, through ICU4J's
 * {@link SpoofChecker}): two names with the same skeleton are read as the same name
 * ("Marco Rubio" with a Cyrillic "о", "rn" for "m", a non-breaking space for a space),
 * and a word whose letters come from two scripts ("Marcо": Latin and Cyrillic) is a
 * disguise, not a spelling. Names in one script other than Latin ("Сергей Лавров") are
 * fine.
 */
public final class LookAlikes {

	/** Built once; its checks and skeletons are safe to use from any thread. */
	private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

	/** Scripts written together in one word in Japanese, Korean and Chinese. */
	private static final Set<Character.UnicodeScript> HAN_FAMILY = EnumSet.of(Character.UnicodeScript.HAN,
			Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
			Character.UnicodeScript.BOPOMOFO);

	private LookAlikes() {
	}

	/**
	 * The name as a reader sees it: its TR 39 skeleton, after white space of any kind is
	 * made one space. Two names with one skeleton cannot be told apart on a page. Null
	 * stays null.
	 */
	public static String skeleton(String name) {
		if (name == null) {
			return null;
		}
		String spaced = name.strip().replaceAll("[\\p{Z}\\s]+", " ");
		return SPOOF.getSkeleton(spaced);
	}

	/**
	 * Whether two different spellings look the same (the same text is not a look-alike:
	 * two people may share a name).
	 */
	public static boolean lookAlike(String name, String other) {
		return name != null && other != null && !name.equals(other) && skeleton(name).equals(skeleton(other));
	}

	/** A record's name and the slug that identifies the record. */
	public record Named(String slug, String name) {
	}

	/**
	 * Names already recorded by their skeletons, leaving out those of {@code self} (the
	 * record being changed, which may look like itself; null for a new one).
	 */
	public static Map<String, List<Named>> bySkeleton(List<Named> known, String self) {
		Map<String, List<Named>> index = new HashMap<>();
		for (Named named : known) {
			if (named.name() != null && !named.slug().equals(self)) {
				index.computeIfAbsent(skeleton(named.name()), (key) -> new ArrayList<>()).add(named);
			}
		}
		return index;
	}

	/**
	 * A recorded name that looks the same as {@code name} but is written differently, or
	 * null.
	 */
	public static Named lookAlikeOf(Map<String, List<Named>> bySkeleton, String name) {
		if (name == null) {
			return null;
		}
		for (Named other : bySkeleton.getOrDefault(skeleton(name), List.of())) {
			if (!other.name().equals(name)) {
				return other;
			}
		}
		return null;
	}

	/**
	 * The first word whose letters come from more than one script, or null. Digits,
	 * punctuation and combining marks belong to no script; Han, kana, Hangul and Bopomofo
	 * count as one script (Japanese and Korean mix them in a word), which may also be
	 * mixed with Latin ("G7サミット").
	 */
	public static String mixedScriptWord(String text) {
		if (text == null) {
			return null;
		}
		for (String word : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
			Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
			word.codePoints().forEach((c) -> {
				Character.UnicodeScript script = Character.UnicodeScript.of(c);
				if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
						&& script != Character.UnicodeScript.UNKNOWN) {
					scripts.add(HAN_FAMILY.contains(script) ? Character.UnicodeScript.HAN : script);
				}
			});
			scripts.remove(scripts.contains(Character.UnicodeScript.HAN) ? Character.UnicodeScript.LATIN
					: Character.UnicodeScript.HAN);
			if (scripts.size() > 1) {
				return word;
			}
		}
		return null;
	}

}
