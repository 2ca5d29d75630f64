package org.backchannel.draft;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dateline anchors relative dates; present tense and back-references date the
 * contact.
 */
class ContactDatesTests {

	@Test
	void aDatelineAnchorsTheReportInsteadOfThePageDate() {
		List<Sentence> xinhua = Sentences.split("Russia, U.S., and Ukraine meet in Abu Dhabi\n"
				+ "ABU DHABI, Jan. 23 (Xinhua) -- A trilateral meeting began on Friday evening.");
		assertThat(ContactDates.anchor(xinhua, LocalDate.parse("2026-01-24"))).isEqualTo("2026-01-23");
		List<Sentence> tass = Sentences.split("MOSCOW, June 16. /TASS/. A planned meeting has been canceled.");
		assertThat(ContactDates.anchor(tass, LocalDate.parse("2025-06-17"))).isEqualTo("2025-06-16");
		List<Sentence> interfax = Sentences
			.split("Москва. 15 февраля. INTERFAX.RU – Лавров провел телефонный разговор с Рубио.");
		assertThat(ContactDates.anchor(interfax, LocalDate.parse("2025-02-16"))).isEqualTo("2025-02-15");
	}

	@Test
	void aDateInTheTextThatIsNotADatelineAnchorsNothing() {
		List<Sentence> plain = Sentences.split("The two leaders last met on August 15 in Alaska.");
		assertThat(ContactDates.anchor(plain, LocalDate.parse("2025-10-23"))).isEqualTo("2025-10-23");
	}

	@Test
	void aContactReportedAsItHappensIsOfItsAnchorDay() {
		String text = "Lavrov and Rubio are holding a meeting in Malaysia.";
		Sentence s = Sentences.split(text).get(0);
		assertThat(ContactDates.present(s, text, LocalDate.parse("2025-07-10"), false).value().value())
			.isEqualTo("2025-07-10");
	}

	@Test
	void aRussianContactUnderWayIsOfItsAnchorDayButAHabitIsNot() {
		String now = "Путин проводит телефонный разговор с Трампом в настоящий момент.";
		assertThat(ContactDates.present(Sentences.split(now).get(0), now, LocalDate.parse("2025-10-16"), false)
			.value()
			.value()).isEqualTo("2025-10-16");
		String habit = "Путин обычно проводит телефонные переговоры один.";
		assertThat(ContactDates.present(Sentences.split(habit).get(0), habit, LocalDate.parse("2025-10-16"), false))
			.isNull();
	}

	@Test
	void aLaterSentenceWithAVerbOfTakingPlaceDatesTheContact() {
		String text = "Putin and Trump spoke by phone, Ushakov said. Разговор Путина и Трампа состоялся 18 августа.";
		List<Sentence> sentences = Sentences.split(text);
		assertThat(ContactDates.back(sentences.get(0), sentences, text, LocalDate.parse("2025-08-19"), (s) -> true)
			.value()
			.value()).isEqualTo("2025-08-18");
	}

	@Test
	void aLaterSentenceThatSaysWhoMetWhomAndWhenDatesTheContact() {
		String text = "Driscoll is in Abu Dhabi to discuss the peace process with Russian representatives. "
				+ "Driscoll met with the Russian delegation in the UAE capital on the evening of Monday, November 24.";
		List<Sentence> sentences = Sentences.split(text);
		assertThat(ContactDates.back(sentences.get(0), sentences, text, LocalDate.parse("2025-11-25"), (s) -> true)
			.value()
			.value()).isEqualTo("2025-11-24");
	}

	@Test
	void delegationsThatConvenedOnADayDateTheirRound() {
		String text = "Delegations from the United States and Russia convened in Istanbul on Thursday. "
				+ "The talks were led by Darchiev and Coulter.";
		List<Sentence> sentences = Sentences.split(text);
		assertThat(ContactDates.back(sentences.get(1), sentences, text, LocalDate.parse("2025-04-10"), (s) -> true)
			.value()
			.value()).isEqualTo("2025-04-10");
	}

	@Test
	void oneOfTwoTimesIsNoDate() {
		DraftProposal p = ReportExtractorTests.read(
				"US President Donald Trump expects to hold a phone conversation "
						+ "with Russian President Vladimir Putin either this week or at the beginning of next week.",
				"2025-09-10");
		assertThat(p.isDraft()).isTrue();
		assertThat(p.date().isPresent()).isFalse();
		DraftProposal q = ReportExtractorTests
			.read("Путин и Трамп проведут телефонный разговор во вторник или в среду.", "2025-09-08");
		assertThat(q.date().isPresent()).isFalse();
	}

	@Test
	void aTrilateralRoundWhoseThreePartiesAnotherSentenceNamesIsAUsRussiaContact() {
		DraftProposal p = ReportExtractorTests.read("The trilateral meeting, which was scheduled for this week, is "
				+ "being postponed at the suggestion of the American side. The office denied that a new round of "
				+ "trilateral negotiations - Ukraine-USA-Russia - would take place on March 11 in Turkey.",
				"2026-03-03");
		assertThat(p.isDraft()).isTrue();
		assertThat(p.status().value()).isEqualTo(org.backchannel.event.ContactStatus.POSTPONED);
	}

	@Test
	void aDateThatOpensASentenceWhereTheRoundCommencedDatesIt() {
		List<Sentence> s = Sentences.split("Trilateral talks on Ukraine in Abu Dhabi\n"
				+ "On February 4, 2026, the capital became the focal point as the second round of trilateral "
				+ "negotiations commenced between Ukraine, Russia and the United States.");
		String text = "Trilateral talks on Ukraine in Abu Dhabi\n"
				+ "On February 4, 2026, the capital became the focal point as the second round of trilateral "
				+ "negotiations commenced between Ukraine, Russia and the United States.";
		assertThat(ContactDates.back(s.get(0), s, text, LocalDate.parse("2026-02-05"), (x) -> true).value().value())
			.isEqualTo("2026-02-04");
	}

	@Test
	void aDayClosingAPastRelativeClauseBeforeAPlannedContactIsTheEarlierOnes() {
		DraftProposal en = ReportExtractorTests.read("Marco Rubio, who spoke with Sergei Lavrov by phone on Monday, "
				+ "will meet him in Geneva next month.", "2025-05-14");
		assertThat(en.date().isPresent()).isFalse();
		DraftProposal ru = ReportExtractorTests.read(
				"Марко Рубио, который обсудил с Сергеем Лавровым ситуацию во " + "вторник, встретится с ним в Женеве.",
				"2025-05-14");
		assertThat(ru.date().isPresent()).isFalse();
		DraftProposal held = ReportExtractorTests
			.read("Marco Rubio, who met Sergei Lavrov on Monday, said the talks " + "were useful.", "2025-05-14");
		assertThat(held.date().value().value()).isEqualTo("2025-05-12");
	}

	@Test
	void aLaterSentenceThatSetsAPlannedContactDatesIt() {
		DraftProposal ru = ReportExtractorTests.read("Подготовка встречи Сергея Лаврова и Марко Рубио идет полным "
				+ "ходом. По данным ведомства, переговоры запланированы на пятницу.", "2025-05-14");
		assertThat(ru.date().value().value()).isEqualTo("2025-05-16");
		DraftProposal en = ReportExtractorTests.read("Marco Rubio and Sergei Lavrov plan to meet in Istanbul. "
				+ "Officials said the talks will take place on May 20.", "2025-05-14");
		assertThat(en.date().value().value()).isEqualTo("2025-05-20");
	}

	@Test
	void aLeakedCallIsDatedByItsTranscriptsDate() {
		DraftProposal ru = ReportExtractorTests.read(
				"Лавров прокомментировал утечку его разговора с Рубио.\n\n"
						+ "Газета опубликовала запись: разговор Сергея Лаврова и Марко Рубио от 2 марта.",
				"2025-04-20");
		assertThat(ru.date().value().value()).isEqualTo("2025-03-02");
		DraftProposal en = ReportExtractorTests.read(
				"Rubio condemned the leak of his call with Lavrov.\n\n"
						+ "The recording, dated March 2, has Marco Rubio and Sergei Lavrov discussing a ceasefire.",
				"2025-04-20");
		assertThat(en.date().value().value()).isEqualTo("2025-03-02");
		DraftProposal noLeak = ReportExtractorTests.read("Rubio spoke about his call with Lavrov.\n\n"
				+ "The memo, dated March 2, had Marco Rubio and Sergei Lavrov on its list.", "2025-04-20");
		assertThat(noLeak.date().isPresent()).isFalse();
	}

	@Test
	void aQuotedTonightIsTheSpeakersEveningAndDatesNothing() {
		DraftProposal quoted = ReportExtractorTests.read(
				"Sergei Lavrov said: \"Tonight, I had a phone call with Marco " + "Rubio, and it was useful.\"",
				"2025-04-20");
		assertThat(quoted.date().isPresent()).isFalse();
		DraftProposal plain = ReportExtractorTests.read("Sergei Lavrov had a phone call with Marco Rubio tonight.",
				"2025-04-20");
		assertThat(plain.date().value().value()).isEqualTo("2025-04-20");
	}

}
