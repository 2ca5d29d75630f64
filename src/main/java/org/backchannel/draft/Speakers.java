package org.backchannel.draft;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a mention is in its sentence: the one who speaks of a contact ("…, Ushakov said",
 * "according to the Kremlin", "сообщил Ушаков") or a describer of someone else ("Putin's
 * special envoy"); neither takes part on the strength of that mention.
 */
final class Speakers {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/**
	 * The Russian verbs of saying, in any ending: "сообщил", "напомнил Ушаков",
	 * "пояснил", "уточнила".
	 */
	static final String RU_SAID = "(?:сообщил|заявил|рассказал|отметил|подчеркнул|подтвердил|напомнил|пояснил"
			+ "|уточнил|добавил|сказал|указал|заверил|констатировал)\\p{L}*";

	static final Pattern SPEAKER_AFTER = Pattern.compile("^[\\s,]{0,3}(?:has\\s+|had\\s+|also\\s+)?(?:said|says|told"
			+ "|stated|states|noted|added|announced|confirmed|wrote|remarked|reported|declared|explained|insisted"
			+ "|emphasi[sz]ed|stressed|characterized|characterised|described|quoted|commented|informed" + "|" + RU_SAID
			+ "|назвал\\p{L}*|called\\s+(?:the\\s+|their\\s+|this\\s+)?(?:[\\p{L}-]+\\s+)?(?:conversation|call|talks"
			+ "|meeting|dialogue|negotiations|discussions?|contacts?))(?![\\p{L}])", CI);

	/**
	 * "Trump said he had a very good call with Putin": the speaker reports a contact of
	 * his own.
	 */
	static final Pattern OWN_CONTACT = Pattern.compile("^[\\s,]{0,3}(?:has\\s+|had\\s+|also\\s+)?(?:said|says|told"
			+ "(?:\\s+[\\p{L}]+){1,3}?|announced|wrote)(?:\\s+on\\s+[\\p{L}]+\\.?(?:\\s+\\d{1,2})?)?[\\s,]+(?:that\\s+)?(?:he|she)\\s+(?:had|has|held|spoke|talked|met"
			+ "|just\\s+(?:had|spoke|held))\\b"
			// "Уиткофф подтвердил, что сегодня встречался с …"
			+ "|^[\\s,]{0,3}(?:подтвердил|заявил|сообщил|рассказал|написал|признал)\\p{L}*[\\s,]+что\\s+"
			+ "(?:(?:сегодня|вчера|накануне|он|она|лично)\\s+){0,2}(?:встречал|встретил|провел|провёл|говорил"
			+ "|разговаривал|созвонил|беседовал|обсудил)\\p{L}*", CI);

	static final Pattern SPEAKER_BEFORE = Pattern.compile(
			"(?iu:according\\s+to|citing|quoting|described\\s+as(?:\\s+[\\p{L}-]+){1,3}\\s+by|said|says|told|stated|noted|added|made\\s+by|reported\\s+by"
					+ "|announced|confirmed|quoted|cited|wrote|remarked|declared|statement\\s+(?:by|from)|" + RU_SAID
					+ "|по\\s+словам)\\s+(?i:the\\s+)?"
					+ "(?:(?:\\p{Lu}[\\p{L}.'’-]*|aide|adviser|advisor|envoy|spokesperson|spokeswoman|spokesman|minister|secretary"
					+ "|president|foreign|deputy|press|chief|head|official|presidential|special|national|security|department|ministry"
					+ "|помощник\\p{L}*|президент\\p{L}*|пресс-секретар\\p{L}*|российск\\p{L}*|лидер\\p{L}*|глав\\p{L}*"
					+ "|представител\\p{L}*|официальн\\p{L}*|господин\\p{L}*|госпож\\p{L}*)" + "\\s+){0,5}$",
			Pattern.UNICODE_CASE);

	/** What may open a line before a speaker's name: quotes, an office, a first name. */
	private static final Pattern LINE_OPENING = Pattern.compile("[\\s\"«“]*+(?:(?<!\\p{L})\\p{L}++\\s++){0,3}+",
			Pattern.UNICODE_CASE);

	static final Pattern DESCRIPTOR = Pattern.compile("^(?:'s|’s)\\s+(?:(?!(?:with|and|to|meeting|meetings|talks|call"
			+ "|conversation|summit)\\b)[\\p{L}-]+\\s+){0,3}?(?:envoy|aide"
			+ "|adviser|advisor|spokesperson|spokeswoman|spokesman|representative|administration|government|team"
			+ "|office|son|daughter|wife|displeasure|position|demands|message|statement|remarks|plan|proposal"
			+ "|birthday|residence|plane|delegation)\\b|^\\s+(?:special\\s+|foreign\\s+policy\\s+)?(?:envoy|aide"
			+ "|adviser|advisor|spokesperson|spokeswoman|spokesman)\\b", CI);

	/**
	 * "an aide to Russian President Vladimir Putin": the president describes the aide.
	 */
	static final Pattern DESCRIBED_BEFORE = Pattern.compile("\\b(?:aides?|advisers?|advisors?|envoys?|spokes\\p{L}+"
			+ "|representatives?|assistants?|administration|government|office)\\s+(?:to|of)\\s+(?:the\\s+)?(?:(?:Russian|US|U\\.S\\.|American|Ukrainian)\\s+)?"
			+ "(?:(?:president|leader)\\s+)?$", CI);

	/**
	 * "спецпосланник президента США Дональда Трампа": the president named after his
	 * envoy's office describes the envoy (but "спецпредставитель президента России Кирилл
	 * Дмитриев" is the envoy himself, so this holds only for a head of state).
	 */
	static final Pattern RU_DESCRIBED_BEFORE = Pattern.compile("(?:посланник|спецпосланник|представител"
			+ "|спецпредставител|помощник|советник|пресс-секретар|зят)\\p{L}*\\s+(?:(?:президента|лидера|главы"
			+ "|американского|российского|украинского)\\s+){1,2}(?:(?:США|России|РФ|Украины)\\s+)?$", CI);

	static final Pattern SUBORDINATE = Pattern.compile("\\b(?:after|following|before|ahead\\s+of|since|during"
			+ "|on\\s+the\\s+eve\\s+of|in\\s+the\\s+wake\\s+of|days\\s+after|weeks\\s+after|follow-up\\s+to)\\s+(?:the|their|a|his|her|last|an)\\b"
			+ "|\\bfollow-up\\s+to\\b"
			+ "|\\b(?:about|on|regarding|concerning)\\s+(?:the\\s+)?(?:results?|outcome)\\s+of\\b"
			+ "|\\b(?:preparations?\\s+for|to\\s+prepare|preparing)\\s+(?:the|an?|their)\\b|\\b(?:an?|the)\\s+upcoming\\b"
			+ "|предстоящ\\p{L}*|подготовк\\p{L}*", CI);

	/**
	 * "Putin's special envoy", "Trump's administration": the person describes someone
	 * else.
	 */
	static boolean descriptor(String text, ActorDictionary.Mention m) {
		String after = text.substring(m.end(), Math.min(text.length(), m.end() + 50));
		String before = text.substring(Math.max(0, m.start() - 60), m.start());
		return DESCRIPTOR.matcher(after).find() || DESCRIBED_BEFORE.matcher(before).find()
				|| (RU_DESCRIBED_BEFORE.matcher(before).find() && headOfState(m.actor()));
	}

	private static boolean headOfState(KnownActor actor) {
		return actor.roles().stream().anyMatch((r) -> {
			String t = r.title().toLowerCase(Locale.ROOT);
			return t.startsWith("president") || t.startsWith("президент");
		});
	}

	/**
	 * "Trump told European leaders in a phone conversation that Putin has no intention
	 * …": the one named right after the "that" of a telling verb with its own listener is
	 * what was told, not a party to the conversation.
	 */
	static final Pattern TOLD_THAT = Pattern.compile("\\b(?:told|informed|assured|warned|briefed)\\s+"
			+ "(?:[\\p{L}'’-]+\\s+){1,8}?that\\s+(?:(?:Russian|US|U\\.S\\.|American|President|leader|Vladimir|Donald)\\s+){0,3}$",
			Pattern.UNICODE_CASE);

	/** Whether this mention is the subject of what someone told someone else. */
	static boolean told(String text, ActorDictionary.Mention m) {
		int from = text.lastIndexOf('\n', m.start()) + 1;
		String before = text.substring(Math.max(from, m.start() - 120), m.start());
		return TOLD_THAT.matcher(before).find();
	}

	/**
	 * Whether this mention is who is speaking ("…, Ushakov said", "according to the
	 * Kremlin").
	 */
	static boolean speaker(String text, ActorDictionary.Mention m) {
		String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
		if (SPEAKER_AFTER.matcher(after).find()) {
			return true;
		}
		int from = text.lastIndexOf('\n', m.start()) + 1;
		String before = text.substring(Math.max(from, m.start() - 80), m.start());
		// "Ушаков: Разговор Путина с Уиткоффом был полезным", "Peskov: …": a line that
		// opens with a name and a colon gives that person's words.
		if (after.startsWith(":") && LINE_OPENING.matcher(before).matches()) {
			return true;
		}
		return SPEAKER_BEFORE.matcher(before).find();
	}

	/**
	 * A speaker who reports a contact of his own ("Trump said he had a call with Putin").
	 */
	static boolean ownContact(String text, ActorDictionary.Mention m) {
		String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
		return OWN_CONTACT.matcher(after).find();
	}

	private Speakers() {
	}

}
