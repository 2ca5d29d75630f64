package org.backchannel.draft;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.event.EventType;

/**
 * The words that report a contact and tell its kind: "telephone conversation", "held
 * talks", "met", "round of negotiations", "summit", "letter"; "телефонный разговор",
 * "переговоры", "встретился". A kind word after "on the sidelines of", "ahead of" or "the
 * upcoming" names another event and is passed over. Every pattern is bounded.
 */
final class ContactWords {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern PHONE = Pattern.compile("\\b(?:phone|telephone)[\\s-]+(?:call|conversation|talks?)"
			+ "|\\bspoke\\s+(?:by|on\\s+the|over\\s+the)\\s+(?:phone|telephone)|\\bby\\s+(?:phone|telephone)\\b"
			+ "|\\bphoned\\b|\\bcall\\s+(?:between|with)\\b|\\bphone\\s+contact|\\bvideo\\s*(?:call|conference|link)\\b"
			+ "|\\b(?:the|a|their|this|latest|first|second|third|fourth|hour-long|lengthy|brief)\\s+call\\b(?!\\s+(?:for|on|to|from|of)\\b)"
			+ "|(?:'s|’s)\\s+call\\b(?!\\s+(?:for|on|to)\\b)"
			// "he had a “very good call” with Putin"
			+ "|\\b(?:had|has|have|held)\\s+(?:an?\\s+)?[“\"']?(?:[\\p{L}-]+\\s+){1,3}call\\b[”\"']?(?=\\s+with\\b)"
			+ "|телефонн\\p{L}*\\s+(?:разговор|переговор|бесед|контакт)\\p{L}*|по\\s+телефону|созвон\\p{L}*", CI);

	static final Pattern CONVERSATION = Pattern.compile("\\bconversations?\\b|\\bразговор\\p{L}*", CI);

	static final Pattern MEETING = Pattern
		.compile("\\bmet\\b|\\bconvened\\b|\\bmeet(?:s|ing|ings)?\\b|\\bheld\\s+talks\\b"
				+ "|\\btalks\\s+(?:in|at|on\\s+the\\s+sidelines)\\b|\\bsat\\s+down\\s+with\\b|\\bface-to-face\\b|\\bin-person\\b"
				+ "|\\bвстреч\\p{L}*|\\bвстрет\\p{L}*"
				// "Putin received US envoy Witkoff", "Путин принял спецпосланника"
				+ "|\\breceived\\s+(?:the\\s+)?(?:US|U\\.S\\.|American|Russian)?\\s*(?:special\\s+|presidential\\s+)*(?:envoy|delegation"
				+ "|Secretary|Foreign\\s+Minister)\\b|\\bпринял[аи]?\\s+(?:спецпосланник|посланник|госсекретар|делегаци|министр"
				+ "|советник|помощник|американск|российск)\\p{L}*", CI);

	static final Pattern SUMMIT = Pattern.compile("\\bsummit\\b|\\bсаммит\\p{L}*", CI);

	static final Pattern ROUND = Pattern.compile("\\bround\\s+of\\s+(?:talks|negotiations|consultations)\\b"
			+ "|\\bnegotiation\\s+round\\b|\\b(?:first|second|third|fourth|fifth|new|latest)\\s+round\\b"
			+ "|\\bconsultations\\b|\\bexpert[\\s-]+(?:level\\s+)?talks\\b|\\btrilateral\\s+(?:talks|meeting|negotiations)\\b"
			+ "|\\bdelegations\\b|\\bnegotiations\\s+in\\b|\\bпереговор\\p{L}*|\\bраунд\\p{L}*|\\bконсультаци\\p{L}*",
			CI);

	static final Pattern TALKS = Pattern.compile("\\btalks\\b", CI);

	static final Pattern LETTER = Pattern
		.compile("\\b(?:letter|written\\s+message|telegram)\\b(?![-‑]?\\s*(?:канал|channel|app|messenger|account|post))"
				+ "|письм\\p{L}*|послани\\p{L}*|телеграмм\\p{L}*(?![-‑]?\\s*канал)", CI);

	static final Pattern STATEMENT = Pattern
		.compile("\\b(?:in|issued)\\s+a\\s+statement\\b|\\bstatement\\s+(?:issued|released)\\b", CI);

	static final Pattern WEAK = Pattern.compile(
			"\\bdiscuss(?:ed|ing|ion|ions)?\\b|\\bin\\s+contact\\b"
					+ "|\\bin\\s+communication\\b|\\bexchanged?\\s+views\\b|\\bspoke\\b|\\btalked\\b|\\bобсудил\\p{L}*",
			CI);

	static final Pattern SIDELINES = Pattern
		.compile("(?:sidelines|fringes|margins|ahead\\s+of|eve\\s+of|before|after|following|preparing|prepare"
				+ "|set(?:ting|s)?\\s+the\\s+stage\\s+for|lay(?:ing|s)?\\s+the\\s+groundwork\\s+for|pav(?:e|es|ing)\\s+the\\s+way\\s+for"
				+ "|preparations?\\s+(?:of|for)|planned|upcoming|possible|next|future)\\s+(?:of\\s+)?(?:the\\s+|a\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}$",
				CI);

	/**
	 * Before a summit in a sentence that reports no call: "the planned summit", "the
	 * upcoming summit" is the contact itself (called off, or still to come); only the
	 * sidelines, what comes before or after, and the next one are another event.
	 */
	static final Pattern SUMMIT_ASIDE = Pattern
		.compile("(?:sidelines|fringes|margins|ahead\\s+of|eve\\s+of|before|after|following|preparing|prepare"
				+ "|preparations?\\s+(?:of|for)|next|future|подготовк\\p{L}*|преддвери\\p{L}*|после|с\\s+момента)\\s+(?:of\\s+)?(?:the\\s+|a\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}$",
				CI);

	/**
	 * "a meeting … at the ASEAN summit", "встреча … на саммите АСЕАН": the summit is
	 * where the meeting takes place.
	 */
	static final Pattern AT_SUMMIT = Pattern.compile("(?:\\b(?:at|during)\\s+(?:the\\s+)?|(?<![\\p{L}])(?:на|в\\s+ходе"
			+ "|во\\s+время|в\\s+рамках)\\s+(?:полях\\s+)?)(?:[\\p{L}\\d-]+\\s+){0,2}$", CI);

	/**
	 * "cancelled an upcoming round of talks": the upcoming contact is the one called off.
	 */
	static final Pattern CALLED_OFF_BEFORE = Pattern
		.compile("(?:cancel\\p{L}*|called\\s+off|calls\\s+off|postpon\\p{L}*"
				+ "|put\\s+off|scrapp\\p{L}*|shelved|отмен\\p{L}*|отлож\\p{L}*)\\s+(?:an?\\s+|the\\s+|its\\s+|his\\s+|their\\s+)?"
				+ "(?:upcoming|planned|expected|scheduled|next)\\s+(?:[\\p{L}-]+\\s+){0,3}$", CI);

	/**
	 * "The next round of consultations … has been cancelled": the next contact is the one
	 * called off.
	 */
	static final Pattern CALLED_OFF_AFTER = Pattern.compile("^[^.;]{0,100}?(?:\\b(?:has|have|was|were|is|are|had)"
			+ "\\s+(?:now\\s+)?(?:been\\s+|being\\s+)?(?:cancel\\p{L}*|called\\s+off|postpon\\p{L}*|put\\s+off|scrapped)"
			+ "|(?<![\\p{L}])(?:отмен[её]н\\p{L}*|отложен\\p{L}*|перенесен\\p{L}*|перенесён\\p{L}*))", CI);

	/**
	 * "said that he had held a call": the pluperfect of reported speech, not an earlier
	 * contact.
	 */
	private static final Pattern REPORTED_PAST = Pattern.compile(
			"\\b(?:said|says|told\\s+[\\p{L}]+|announced|wrote"
					+ "|stated|confirmed)\\s+(?:that\\s+)?(?:he|she|they|it|\\p{Lu}\\p{L}+)\\s+$",
			Pattern.UNICODE_CASE);

	/**
	 * Whether the sentence speaks of an earlier contact ("had last met", "previously").
	 */
	static boolean earlier(String sentence) {
		Matcher m = EARLIER.matcher(sentence);
		while (m.find()) {
			String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
			if (!(m.group().toLowerCase(Locale.ROOT).startsWith("had") && REPORTED_PAST.matcher(before).find())) {
				return true;
			}
		}
		return false;
	}

	static final Pattern EARLIER = Pattern.compile("\\bhad\\s+(?:last\\s+|previously\\s+|already\\s+)?"
			+ "(?:met|spoken|talked|held|had)\\b|\\bprevious(?:ly)?\\b|\\bhave\\s+(?:communicated|met|spoken)\\b"
			+ "|\\bfor\\s+the\\s+first\\s+time\\b|\\blast\\s+(?:met|spoke|talked|known)\\b|\\bпоследний\\s+раз"
			+ "|\\bранее\\b|\\bRecall\\b|\\bearlier,"
			// "Since meeting Putin in Alaska last month, Trump has …", "Since their
			// Alaska summit"
			+ "|" + ContactSides.SINCE_CONTACT, CI);

	static final Pattern CALLED = Pattern.compile("^\\s+(?:had\\s+)?(?:called|phoned|rang|dialed|dialled)\\b"
			+ "(?!\\s+(?:for|on|it|the\\s+(?:war|attack|move|plan|idea|decision|talks|proposal|strike)|(?:the|their|this)\\s+(?:[\\p{L}-]+\\s+)?(?:conversation|call|talks|meeting|dialogue|negotiations|discussions?)|a\\s+\\w+\\s+(?:plan|idea)|him\\s+a|them|upon|off|out|in)\\b)",
			CI);

	static final Pattern FUTURE_CONTACT = Pattern.compile(
			"\\b(?:will|would|plans?\\s+to|planned|expected\\s+to"
					+ "|set\\s+to|scheduled|is\\s+to|are\\s+to|could)\\s+(?:\\w+\\s+)?(?:speak|talk|meet|call|hold)\\b",
			CI);

	/** "Putin called Trump", "President Putin called this morning". */
	static ActorDictionary.Mention called(String text, Sentence s, List<ActorDictionary.Mention> in) {
		for (ActorDictionary.Mention m : in) {
			if (m.actor().isPerson() && m.end() <= s.end()) {
				Matcher c = CALLED.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 60)));
				if (c.find()) {
					return m;
				}
			}
		}
		return null;
	}

	static Map<EventType, Matcher> types(String sentence) {
		Map<EventType, Matcher> found = new EnumMap<>(EventType.class);
		put(found, EventType.PHONE_CALL, PHONE, sentence);
		put(found, EventType.NEGOTIATION_ROUND, ROUND, sentence);
		put(found, EventType.MEETING, MEETING, sentence);
		put(found, EventType.MESSAGE, LETTER, sentence);
		Matcher summit = SUMMIT.matcher(sentence);
		while (summit.find()) {
			String before = sentence.substring(Math.max(0, summit.start() - 80), summit.start());
			boolean aside = found.containsKey(EventType.PHONE_CALL) ? SIDELINES.matcher(before).find()
					: SUMMIT_ASIDE.matcher(before).find()
							|| (found.containsKey(EventType.MEETING) && AT_SUMMIT.matcher(before).find());
			if (!aside && !before.matches("(?is).*\\b(?:month|week|year)(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+)?$")) {
				found.put(EventType.SUMMIT, summit);
				break;
			}
		}
		if (!found.containsKey(EventType.PHONE_CALL) && !found.containsKey(EventType.MEETING)) {
			put(found, EventType.PHONE_CALL, CONVERSATION, sentence);
		}
		if (found.isEmpty()) {
			put(found, EventType.MEETING, TALKS, sentence);
		}
		if (found.isEmpty()) {
			put(found, EventType.STATEMENT, STATEMENT, sentence);
		}
		return found;
	}

	/**
	 * The first match that is not about another event ("on the eve of the next round of
	 * talks").
	 */
	static void put(Map<EventType, Matcher> found, EventType type, Pattern pattern, String sentence) {
		Matcher m = pattern.matcher(sentence);
		while (m.find()) {
			String before = sentence.substring(Math.max(0, m.start() - 80), m.start());
			if (!SIDELINES.matcher(before).find() || CALLED_OFF_BEFORE.matcher(before).find()
					|| CALLED_OFF_AFTER.matcher(sentence.substring(m.end())).find()) {
				found.put(type, m);
				return;
			}
		}
	}

	static final Pattern CONTACT_NOUN = Pattern
		.compile("\\b(?:call|conversation|talks|meeting|summit|round|" + "spoke|met|phoned|discussion|contact)\\b", CI);

	/**
	 * A headline rather than a sentence of the story: no closing punctuation, and most of
	 * its words capitalised ("Rubio and Lavrov Discuss New Ideas for Ukraine").
	 */
	static boolean headline(String sentence) {
		String text = sentence.strip();
		if (text.isEmpty() || ".!?\"”’'».".indexOf(text.charAt(text.length() - 1)) >= 0) {
			return false;
		}
		String[] words = text.split("\\s+");
		long capitalised = Arrays.stream(words)
			.filter((word) -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)))
			.count();
		return words.length >= 4 && capitalised * 10 >= words.length * 6;
	}

	private ContactWords() {
	}

}
