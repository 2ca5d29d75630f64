package org.backchannel.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.event.ContactStatus;

/**
 * Whether the contact a sentence reports took place: the words that say it was cancelled
 * ("called off", "отменил"), postponed ("put off", "отложена") or is still to come ("will
 * hold", "is scheduled for", "is being prepared", "проведут", "состоится"). Cancelled and
 * postponed win over planned ("cancelled the planned summit"); a sentence with none of
 * these words reports a contact that was held. The patterns have no nested or unbounded
 * repetition, so a match costs time linear in the sentence.
 */
final class ContactStatuses {

	/** The status and the words that gave it (offsets into the sentence). */
	record Found(ContactStatus status, int start, int end, String words) {

	}

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern CANCELLED = Pattern.compile("\\b(?:cancel(?:l?ed|l?ing|lation|s)?|called off"
			+ "|calls off|call off|scrapp(?:ed|ing)|shelved|nixed|dropped plans|put (?:it |that )?on ice"
			+ "|will not (?:take place|go ahead))\\b|\\bотмен\\p{L}*|\\bсорван\\p{L}*", CI);

	private static final Pattern POSTPONED = Pattern
		.compile("\\b(?:postpon\\p{L}*|put off|delayed|pushed back|rescheduled)\\b|\\bотлож\\p{L}*|\\bперенес\\p{L}*"
				+ "|\\bперенос\\p{L}*", CI);

	private static final Pattern PLANNED = Pattern.compile("\\b(?:will (?:hold|have|meet|speak|talk|take place"
			+ "|be held|call|travel|visit)|would (?:meet|talk|speak) (?:to|with)? ?\\p{L}* ?(?:by phone )?on"
			+ "|is (?:being|to be) (?:prepared|worked out|held)|are (?:being|to be) (?:prepared|held)"
			+ "|scheduled (?:for|to)|is scheduled|are scheduled|set (?:for|to (?:meet|hold|speak|talk))"
			+ "|to hold (?:talks|a meeting|a call|new round)|(?:is|are) (?:expected|planning|going) to (?:meet|hold|speak|talk|discuss)"
			+ "|plans? to (?:meet|hold|speak|talk|have)|planned for|ahead of the expected|expected talks"
			+ "|will meet|to meet (?:with )?\\p{Lu}|is planned|are planned|upcoming talks|(?:may|could|might|to) take place"
			+ "|will be held|would (?:meet|talk|speak)|planning to (?:hold|meet))\\b"
			+ "|\\b(?:проведут|проведет|состоится|состоятся|созвонится|созвонятся|встретится|встретятся|пройдут"
			+ "|планируется|запланирова\\p{L}*|готовится|намечен\\p{L}*|ожидается|ожидаются|предстоящ\\p{L}*"
			+ "|(?:намерен\\p{L}*|надеется|планиру\\p{L}*)\\s+провести"
			// "встреча … прорабатывается", "может состояться 10 июля", "подготовку
			// встречи"
			+ "|прорабатыва\\p{L}*|(?:может|могут)\\s+состояться|подготовк\\p{L}*\\s+(?:встреч|переговор|разговор|саммит)\\p{L}*"
			+ "|готовящ\\p{L}*\\s+(?:встреч|переговор|разговор|саммит)\\p{L}*"
			// "Лавров и Рубио планируют встречу"
			+ "|планиру\\p{L}*\\s+(?:встреч|переговор|разговор|телефонн|саммит)\\p{L}*)\\b", CI);

	/**
	 * Words that report the contact as done: a headline's "planned" does not undo them.
	 */
	private static final Pattern DONE = Pattern.compile("\\b(?:met|spoke|talked|held|took place|began|ended|phoned"
			+ "|had a (?:\\p{L}+ )?(?:call|conversation|meeting))\\b|(?:состоял\\p{L}*|провел\\p{L}*|прошл\\p{L}*"
			+ "|встретил\\p{L}*|поговорил\\p{L}*|обсудил\\p{L}*)", CI);

	private ContactStatuses() {
	}

	/** Whether the sentence reports its contact as done ("met", "состоялся"). */
	static boolean done(String sentence) {
		return DONE.matcher(sentence).find();
	}

	/** The status a sentence gives its contact, or null when it says nothing of one. */
	static Found in(String sentence) {
		Found cancelled = first(ContactStatus.CANCELLED, CANCELLED, sentence);
		if (cancelled != null) {
			return cancelled;
		}
		Found postponed = first(ContactStatus.POSTPONED, POSTPONED, sentence);
		if (postponed != null) {
			return postponed;
		}
		Found planned = first(ContactStatus.PLANNED, PLANNED, sentence);
		if (planned != null && done(sentence) && ANOTHER.matcher(sentence.substring(0, planned.start())).find()) {
			return null; // "has met …, and another meeting is planned": this one was held
		}
		return planned;
	}

	/** The planned contact is a further one: "another meeting is planned". */
	private static final Pattern ANOTHER = Pattern
		.compile("\\b(?:another|next|further|new|second|следующ\\p{L}*|нов\\p{L}*)\\s+(?:[\\p{L}-]+\\s+){0,2}$", CI);

	private static Found first(ContactStatus status, Pattern pattern, String sentence) {
		Matcher m = pattern.matcher(sentence);
		if (!m.find()) {
			return null;
		}
		// "not cancelled", "was not postponed": the negation keeps it held.
		String before = sentence.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
		if (status != ContactStatus.PLANNED && (before.contains("not ") || before.contains("не "))) {
			return null;
		}
		return new Found(status, m.start(), m.end(), m.group());
	}

}
