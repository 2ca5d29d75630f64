package org.backchannel.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.draft.DraftProposal.AccountGuess;
import org.backchannel.draft.DraftProposal.QuoteGuess;

/** Quotations with their speakers, and each side's account of the contact. */
final class QuotesAndAccounts {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern QUOTE = Pattern
		.compile("“([^”]{3,600})”|\"([^\"\\n]{3,600})\"|«([^»]{3,600})»|‘([^’]{3,300}?)’(?![\\p{L}])", CI);

	static List<Proposed<QuoteGuess>> quotes(String text, List<Sentence> sentences, List<ActorDictionary.Mention> all) {
		List<Proposed<QuoteGuess>> quotes = new ArrayList<>();
		Matcher m = QUOTE.matcher(text);
		while (m.find()) {
			int g = 1;
			while (m.group(g) == null) {
				g++;
			}
			String quoted = m.group(g).strip().replaceAll("[,.]$", "");
			if (quoted.split("\\s+").length < 2) {
				continue;
			}
			int qs = m.start();
			int qe = m.end();
			Sentence s = sentences.stream().filter((x) -> x.contains(qs)).findFirst().orElse(null);
			if (s == null) {
				continue;
			}
			Sentence last = sentences.stream().filter((x) -> x.contains(Math.max(qs, qe - 1))).findFirst().orElse(s);
			ActorDictionary.Mention speaker = null;
			String how = null;
			for (ActorDictionary.Mention a : all) {
				boolean inWindow = a.start() >= s.start() && a.end() <= last.end()
						&& (a.end() <= qs || a.start() >= qe);
				if (inWindow && Speakers.speaker(text, a)) {
					if (speaker == null || Math.abs(a.start() - qs) < Math.abs(speaker.start() - qs)) {
						speaker = a;
						how = "attributed in the same sentence";
					}
				}
			}
			if (speaker == null
					&& Pattern.compile("(?i)\\b(?:he|she)\\s+(?:said|noted|added|stated|told|remarked|wrote)\\b")
						.matcher(text.substring(qe, Math.min(last.end(), qe + 30)))
						.find()) {
				for (ActorDictionary.Mention a : all) {
					if (a.end() <= qs && a.actor().isPerson() && a.start() >= Math.max(0, s.start() - 600)) {
						speaker = a;
						how = "“he/she said” after the quotation: the last person named before it";
					}
				}
			}
			QuoteGuess guess = new QuoteGuess(quoted, speaker != null ? speaker.actor().slug() : null,
					speaker != null ? speaker.actor().name() : null);
			quotes.add(Proposed.of(guess, Evidence.of(s, qs, qe, text), speaker != null ? 0.7 : 0.4,
					speaker != null ? "in quotation marks, " + how : "in quotation marks; no known speaker is named"));
		}
		return quotes;
	}

	static List<Proposed<AccountGuess>> accounts(List<Reading> readings, String text) {
		List<Proposed<AccountGuess>> accounts = new ArrayList<>();
		Map<String, Integer> perSide = new LinkedHashMap<>();
		for (Reading r : readings) {
			for (ActorDictionary.Mention m : r.mentions()) {
				String side = Countries.side(m.actor().country());
				if (!("US".equals(side) || "RUSSIA".equals(side)) || !Speakers.speaker(text, m)) {
					continue;
				}
				if (!r.hasContact() && !Pattern
					.compile("(?i)\\b(?:agreed|next\\s+steps|exchange|the\\s+two|discuss\\w*|talks|call)\\b")
					.matcher(r.sentence().text())
					.find()) {
					continue;
				}
				if (perSide.merge(side, 1, Integer::sum) > 3) {
					continue;
				}
				accounts
					.add(Proposed.of(new AccountGuess(side, m.actor().slug(), m.actor().name(), r.sentence().text()),
							Evidence.of(r.sentence(), m.start(), m.end(), text), 0.6,
							"“" + text.substring(m.start(), m.end()) + "” is given as the one saying it (" + side
									+ " side)"));
				break;
			}
		}
		return accounts;
	}

	private QuotesAndAccounts() {
	}

}
