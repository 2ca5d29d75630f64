package org.backchannel.draft;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a US–Russia contact from the rest. A sentence that reports a contact counts when
 * its participants include someone on each side, or, when no one on a side is named, when
 * it names both countries as the parties ("delegations from Russia, the United States and
 * Ukraine"). A contact that the sentence denies ("no call is planned", "has not yet
 * received a request", "пока не планируется") or only wishes for ("ready to meet") does
 * not count. The answer says why.
 */
final class ContactSides {

	/** The judgement and its reason. */
	record Verdict(boolean contact, String reason) {

	}

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern US = Pattern.compile("\\b(?:United States|US|USA|American|Americans"
			+ "|Washington|White House|State Department|CIA|Pentagon)\\b|\\bU\\.S\\.|\\b(?:США|американск\\p{L}*|Вашингтон\\p{L}*|Белого дома)",
			Pattern.UNICODE_CASE);

	private static final Pattern RU = Pattern.compile("\\b(?:Russia|Russian|Russians|Moscow|Kremlin|SVR|FSB)\\b"
			+ "|(?:России|Россия|Россией|российск\\p{L}*|Москв\\p{L}*|Кремл\\p{L}*|РФ)", Pattern.UNICODE_CASE);

	/**
	 * After these words a country names a later or other meeting, not this one's party.
	 */
	private static final Pattern ELSEWHERE = Pattern.compile("(?:next|upcoming|future|later|another)\\s+"
			+ "(?:\\p{L}+\\s+){0,3}(?:with|involving)\\s+(?:the\\s+)?$|(?:ahead of|before|preparations? for)\\s+"
			+ "(?:\\p{L}+\\s+){0,6}$", CI);

	private static final String CONTACT = "(?:call|conversation|meeting|talks|contact|summit|разговор\\p{L}*|встреч\\p{L}*"
			+ "|переговор\\p{L}*|запрос\\p{L}*|контакт\\p{L}*)";

	/** A denial close before the contact it denies, or (in Russian) close after it. */
	private static final Pattern DENIED = Pattern.compile("\\b(?:has not yet|have not yet|not yet|no plans?"
			+ "|has no plans|there are no plans|not been received|no specific|did not rule out|does not rule out"
			+ "|ready to meet|ready to hold|readiness to meet|would be ready to|не слышали|не исключил\\p{L}*"
			+ "|нет планов|нет наработок|no groundwork|no such)\\b[^.;]{0,60}?" + CONTACT
			+ "|\\bthere (?:was|were|has been) no\\s+(?:such\\s+)?(?:phone\\s+|telephone\\s+)?" + CONTACT
			// "he has not spoken with Putin since August", "не встречался с Путиным"
			+ "|\\b(?:has|have|had|did|does|do)(?:\\s+not|n't|n’t)\\s+(?:yet\\s+|since\\s+|ever\\s+)?(?:spoken|spoke|speak"
			+ "|talked|talk|met|meet|called|call|held)\\b|(?<![\\p{L}])не\\s+(?:разговаривал|говорил|встречал|созванивал"
			+ "|общал|созвонил|встретил)\\p{L}*"
			// "denied reports of a call", "опроверг сообщения о разговоре"
			+ "|\\b(?:denied|denies|dismissed|refuted|опроверг\\p{L}*)[^.;]{0,40}?(?:reports?|claims?|сообщени\\p{L}*"
			+ "|информаци\\p{L}*|публикаци\\p{L}*)[^.;]{0,60}?" + CONTACT + "|" + CONTACT
			+ "[^.;]{0,80}?(?:пока не планируется|не планируется|is not planned|are not planned|не поступал\\p{L}*"
			+ "|не рассматривается|не стоит на повестке|нет в графике|нет в планах|not on the agenda|not on the schedule"
			+ "|не обсуждается|не согласовывается|is not being (?:agreed|prepared|discussed)|не готовится"
			+ "|не запланирован\\p{L}*|(?:пока\\s+)?нет\\s+(?:никаких\\s+)?наработок)"
			// "he was ready to meet with CIA chief John Ratcliffe if …": a readiness, no
			// contact
			+ "|\\b(?:is|was|are|were|am|remains?|remained)\\s+(?:also\\s+|always\\s+|still\\s+)?ready\\s+to\\s+"
			+ "(?:meet|talk|speak|hold\\s+talks)\\b|\\bготов\\p{L}*\\s+(?:к\\s+)?(?:встрет\\p{L}*|встрече|переговорам)",
			CI);

	/**
	 * A contact named as one item of a list of past ones ("its role in hosting dialogue,
	 * including two rounds of talks involving Russia … and the United States").
	 */
	private static final Pattern LISTED = Pattern.compile(
			"\\b(?:including|such\\s+as|among\\s+them|в\\s+том\\s+числе)" + "\\s+(?:[\\p{L}\\d-]+\\s+){0,4}" + CONTACT,
			CI);

	/**
	 * A US–Russia contact recalled inside a report of another: "shared insights from his
	 * recent meeting with", "briefed him on the outcome of", "three days after he met",
	 * "проинформировал … об итогах встречи".
	 */
	private static final Pattern RECALLED = Pattern.compile("\\b(?:shared?|sharing)\\s+(?:his\\s+|her\\s+|their\\s+)?"
			+ "(?:assessment|insights?|details|impressions|views|information|the\\s+outcomes?|outcomes?|results)\\s+"
			+ "(?:of|from|on|about)\\b|\\b(?:briefed|briefing|briefs?|informed|told)\\s+(?:\\p{L}+\\s+){0,4}(?:on|about)\\b"
			+ "|\\b(?:days?|weeks?|hours?)\\s+after\\s+(?:he|she|they|the)\\b"
			+ "|(?:проинформировал|информировал|рассказал|поделил)\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}"
			+ "(?:об?\\s+итогах|о\\s+результатах|оценк|впечатлени|детал|подробност)", CI);

	/**
	 * The head of a third country as a party: "with Turkish President …", "Chinese
	 * leader".
	 */
	private static final Pattern THIRD = Pattern.compile("\\b(?:Turkish|Chinese|Indian|Saudi|Emirati|French|German"
			+ "|British|Israeli|Iranian|Hungarian|Belarusian|Kazakh|Japanese|Brazilian|Qatari|Egyptian|Finnish"
			+ "|Italian|Polish|Syrian|Serbian|Slovak|Uzbek|Azerbaijani|Armenian|Venezuelan|Cuban|Pakistani)\\s+"
			+ "(?:President|Prime\\s+Minister|leader|Foreign\\s+Minister|Chancellor|counterpart|King|Crown\\s+Prince"
			+ "|Emir|Supreme\\s+Leader)\\b"
			+ "|\\b(?:President|Prime\\s+Minister|leader|Chancellor)\\s+of\\s+(?:Turkey|Türkiye|China|India|France|Germany"
			+ "|Israel|Iran|Hungary|Belarus|Kazakhstan|Japan|Brazil|Qatar|Egypt|Finland|Italy|Poland|Serbia|Pakistan)\\b"
			// Russian: "турецким коллегой", "лидером Турции", "председателем КНР"
			+ "|(?:турецк|китайск|индийск|саудовск|французск|немецк|германск|британск|израильск|иранск|венгерск"
			+ "|белорусск|казахстанск|японск|бразильск|катарск|египетск|финск|финляндск|итальянск|польск|сирийск"
			+ "|сербск|словацк|узбекск|азербайджанск|армянск|венесуэльск|кубинск|пакистанск|эмиратск)\\p{L}*\\s+"
			+ "(?:президент|премьер|лидер|министр|канцлер|коллег|корол|принц|эмир|председател)\\p{L}*"
			+ "|(?:президент|премьер-министр|премьер|лидер|глав|канцлер|председател|министр иностранных дел)\\p{L}*\\s+"
			+ "(?:Турции|Китая|КНР|Индии|Франции|Германии|ФРГ|Великобритании|Израиля|Ирана|Венгрии|Белоруссии"
			+ "|Казахстана|Японии|Бразилии|Катара|Египта|Финляндии|Италии|Польши|Сирии|Сербии|Словакии|Узбекистана"
			+ "|Азербайджана|Армении|Венесуэлы|Кубы|Пакистана|ОАЭ|Саудовской)(?![\\p{L}])"
			// the heads of third countries by name, when the record does not know them
			+ "|\\b(?:Xi\\s+Jinping|Erdogan|Erdoğan|Modi|Lukashenko|Netanyahu|Tokayev|Pezeshkian|Ramaphosa"
			+ "|Mirziyoyev|Wang\\s+Yi|Si\\s+Tszinpin)\\b|(?:Си\\s+Цзиньпин|Эрдоган|Моди\\b|Лукашенко|Нетаньяху|Токаев|Пезешкиан|Мирзиёев)\\p{L}*",
			CI);

	/**
	 * A sentence that opens with a "since" clause naming a contact ("Since meeting Putin
	 * in Alaska last month, Trump has …", "Since their Alaska summit, and a lengthy phone
	 * call …", "С момента встречи на Аляске"): the contact is the past one the sentence
	 * counts from, not its news.
	 */
	static final String SINCE_CONTACT = "^\\W*(?:ever\\s+)?(?:since|с\\s+момента|со\\s+времени)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?"
			+ "(?:meeting|met|summit|call|talks|conversation|встреч\\p{L}*|саммит\\p{L}*|разговор\\p{L}*|переговор\\p{L}*)(?![\\p{L}])";

	private static final Pattern SINCE = Pattern.compile(SINCE_CONTACT, CI);

	private ContactSides() {
	}

	/** Whether the sentence names its contact only as one of a list of past ones. */
	static boolean listed(String sentence) {
		return LISTED.matcher(sentence).find();
	}

	/** The words that recall a US–Russia contact inside a report of another, or null. */
	static String recalled(String sentence) {
		Matcher m = RECALLED.matcher(sentence);
		return m.find() ? m.group().strip() : null;
	}

	private static boolean thirdParty(String sentence, Set<String> participantSides) {
		return thirdCountry(sentence) || participantSides.stream()
			.anyMatch((side) -> !"US".equals(side) && !"RUSSIA".equals(side) && !"null".equals(side));
	}

	/** Whether the sentence names the head of a third country as a party. */
	static boolean thirdCountry(String sentence) {
		return THIRD.matcher(sentence).find();
	}

	/**
	 * @param sentence the sentence that reports the contact
	 * @param participantSides the sides ("US", "RUSSIA", or another country's code) of
	 * the people found taking part
	 * @param names their names, for the reason
	 */
	static Verdict judge(String sentence, Set<String> participantSides, List<String> names) {
		Matcher denied = DENIED.matcher(sentence);
		if (denied.find()) {
			return new Verdict(false, "The sentence about the contact says it has not happened (“"
					+ denied.group().strip() + "”): no contact to draft.");
		}
		Matcher since = SINCE.matcher(sentence);
		if (since.find()) {
			return new Verdict(false,
					"The sentence counts from an earlier contact (“" + since.group().strip()
							+ "”); it reports no new one: "
							+ (names.isEmpty() ? "no one named" : String.join(", ", names)) + ".");
		}
		if (participantSides.contains("US") && participantSides.contains("RUSSIA")) {
			String recalled = recalled(sentence);
			if (recalled != null && thirdParty(sentence, participantSides)) {
				return new Verdict(false, "The sentence reports a contact with a third country; the US–Russia contact "
						+ "in it is only recalled (“" + recalled + "”): " + String.join(", ", names) + ".");
			}
			return new Verdict(true, "A participant on each side: " + String.join(", ", names) + ".");
		}
		boolean oneSide = participantSides.contains("US") ^ participantSides.contains("RUSSIA");
		Matcher third = THIRD.matcher(sentence);
		if (oneSide && third.find()) {
			return new Verdict(false, "The contact it reports (“" + clip(sentence) + "”) is with a third country ("
					+ third.group() + "), not between the United States and Russia: " + String.join(", ", names) + ".");
		}
		Set<String> named = countries(sentence);
		boolean us = participantSides.contains("US") || named.contains("US");
		boolean ru = participantSides.contains("RUSSIA") || named.contains("RU");
		Matcher listed = LISTED.matcher(sentence);
		if (us && ru && names.isEmpty() && listed.find()) {
			return new Verdict(false, "The sentence names a US–Russia contact only as one of a list of past ones (“"
					+ listed.group().strip() + "”).");
		}
		if (us && ru) {
			return new Verdict(true, "The sentence names both the United States and Russia as its parties"
					+ (names.isEmpty() ? "." : " (" + String.join(", ", names) + ")."));
		}
		if (names.isEmpty() && named.isEmpty()) {
			return new Verdict(true, "The sentence names no party: read as a contact for the editor to check.");
		}
		String who = names.isEmpty() ? "no one on either side" : String.join(", ", names);
		return new Verdict(false, "The contact it reports (“" + clip(sentence) + "”) is not between the United "
				+ "States and Russia: " + who + (us ? ", and no Russian side." : ru ? ", and no US side." : "."));
	}

	/**
	 * "US" and "RU" when the sentence names them as parties (not "the next meeting with
	 * Russia").
	 */
	static Set<String> countries(String sentence) {
		Set<String> found = new LinkedHashSet<>();
		add(found, "US", US.matcher(sentence), sentence);
		add(found, "RU", RU.matcher(sentence), sentence);
		return found;
	}

	private static void add(Set<String> found, String code, Matcher m, String sentence) {
		while (m.find()) {
			String before = sentence.substring(Math.max(0, m.start() - 60), m.start());
			if (!ELSEWHERE.matcher(before).find()) {
				found.add(code);
				return;
			}
		}
	}

	static String clip(String sentence) {
		String s = sentence.strip();
		return (s.length() > 160) ? s.substring(0, 157).strip() + "…" : s;
	}

}
