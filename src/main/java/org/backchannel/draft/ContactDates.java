package org.backchannel.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.draft.DraftProposal.DateGuess;
import org.backchannel.model.DatePrecision;

/**
 * The date rules that look beyond the sentence that reports the contact: the dateline
 * ("ABU DHABI, Jan. 23 (Xinhua) --", "MOSCOW, June 16. /TASS/.", "Москва. 15 февраля.
 * INTERFAX.RU") anchors "on Friday" and "today" instead of the page's date; a report in
 * the present tense ("are holding a meeting", "встречается", "прямо сейчас") is of its
 * anchor day; and a later sentence that comes back to the contact with a verb of its
 * taking place ("the call, held on October 14", "Разговор … состоялся 18 августа", "the
 * meeting began today") dates it. Every pattern is bounded, so the cost is linear in the
 * text.
 */
final class ContactDates {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/**
	 * What may stand before a dateline's date: a place in capitals or words, a bracket.
	 */
	private static final Pattern DATELINE_PLACE = Pattern.compile(
			"^\\s*+(?:\\p{Lu}[\\p{L} .'’\\[\\]-]{1,40}?(?:\\s*\\((?:\\p{L}+[ /]?){1,4}\\))?[,.])?\\s*+$",
			Pattern.UNICODE_CASE);

	/**
	 * What follows a dateline's date: "(Xinhua) --", ". /TASS/.", " (Reuters) –", ".
	 * INTERFAX.RU", " :".
	 */
	private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:\\(|/|\\.|:|—|–|-|,\\s*\\d{4})", 0);

	private static final Pattern PRESENT = Pattern.compile("\\b(?:(?:is|are) (?:now )?(?:holding|meeting|speaking"
			+ "|talking|starting|beginning|under way|underway)|(?:has|have) just (?:ended|had|spoken|finished)|just (?:had|spoke))\\b"
			+ "|(?:прямо сейчас|в данный момент|в настоящий момент|в эти минуты|встречается|встречаются|проходит|проходят"
			+ "|идет разговор|идёт разговор|(?<!обычно\\s)(?<!часто\\s)провод(?:ит|ят)\\s+(?:телефонн|переговор|встреч))",
			CI);

	private static final Pattern BACK = Pattern.compile("(?:call|conversation|talks|meeting|round|consultations"
			+ "|delegations|разговор|беседа|встреча|переговоры|консультации|делегаци)\\p{L}*[^.;!?]{0,40}?(?:\\btook place"
			+ "|\\bwas held|\\bwere held|\\bheld|\\bbegan|\\bstarted|\\bcommenced|\\bopened|\\bconcluded|\\bended|\\bmet"
			+ "|\\bconvened|стартовал\\p{L}*" + "|\\blasted[^.;]{0,30}?|состоял\\p{L}*|встретил\\p{L}*"
			+ "|прошл\\p{L}*|прошел|прошёл|начал\\p{L}*|завершил\\p{L}*)"
			// "Driscoll met with the Russian delegation in Abu Dhabi on the evening of …"
			+ "|\\b(?:met|spoke|talked)\\s+(?:with|to)\\b[^.;!?]{0,60}?\\s(?:on|late\\s+on)\\b", CI);

	private static final Pattern FRONTED = Pattern.compile("\\s*(?:On|on|В|в)?\\s*");

	private ContactDates() {
	}

	/**
	 * The dateline's date in the first lines of the text, when it is at most a week
	 * before publication; otherwise the publication date.
	 */
	static LocalDate anchor(List<Sentence> sentences, LocalDate published) {
		for (int i = 0; i < Math.min(6, sentences.size()); i++) {
			String s = sentences.get(i).text();
			String head = s.substring(0, Math.min(s.length(), 80));
			for (NewsDates.Mention d : NewsDates.find(head, 0, published)) {
				if (d.value() != null && d.precision() == DatePrecision.DAY
						&& DATELINE_PLACE.matcher(head.substring(0, d.start())).matches()
						&& DATELINE_END.matcher(head.substring(d.end())).find() && !d.value().isAfter(published)
						&& !d.value().isBefore(published.minusDays(7))) {
					return d.value();
				}
			}
		}
		return published;
	}

	/** "are holding a meeting", "has just ended": the anchor day. */
	static Proposed<DateGuess> present(Sentence lead, String text, LocalDate anchor, boolean dateline) {
		Matcher m = PRESENT.matcher(lead.text());
		if (!m.find()) {
			return null;
		}
		return Proposed.of(new DateGuess(anchor, DatePrecision.DAY),
				Evidence.of(lead, lead.start() + m.start(), lead.start() + m.end(), text), 0.75,
				"“" + m.group() + "”: the contact is reported as it happens, on the "
						+ (dateline ? "dateline's date" : "publication date"));
	}

	/**
	 * A later sentence that returns to the contact with a verb of its taking place and a
	 * date right after it.
	 */
	static Proposed<DateGuess> back(Sentence lead, List<Sentence> sentences, String text, LocalDate anchor,
			Predicate<Sentence> sameContact) {
		for (Sentence s : sentences) {
			if (s.index() <= lead.index() - 2 || s.index() > lead.index() + 6 || s == lead || !sameContact.test(s)) {
				continue;
			}
			Matcher m = BACK.matcher(s.text());
			while (m.find()) {
				for (NewsDates.Mention d : NewsDates.find(s.text(), s.start(), anchor)) {
					int gap = d.start() - (s.start() + m.end());
					// "On February 4, 2026, … the second round … commenced": the
					// date opens the sentence.
					boolean opens = FRONTED.matcher(text.substring(s.start(), d.start())).matches()
							&& text.startsWith(",", d.end());
					if (d.value() != null && (opens || (gap >= 0 && gap <= 30)) && !d.value().isAfter(anchor)) {
						return Proposed.of(new DateGuess(d.value(), d.precision()),
								Evidence.of(s, d.start(), d.end(), text), 0.75,
								"“" + text.substring(d.start(), d.end()) + "” right after “" + m.group().strip()
										+ "” in a sentence that returns to the contact: " + d.reason());
					}
				}
			}
		}
		return null;
	}

}
