package org.backchannel.draft;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.draft.Verdicts.assertContact;
import static org.backchannel.draft.Verdicts.assertNoContact;
import static org.backchannel.draft.Verdicts.assertNoContactBecause;

/** A US–Russia contact told from the rest: other countries, one side only, a denial. */
class ContactSidesTests {

	@Test
	void aParticipantOnEachSideIsAContact() {
		assertContact("Rubio spoke with Lavrov.", Set.of("US", "RUSSIA"), List.of("Marco Rubio", "Sergei Lavrov"));
	}

	@Test
	void delegationsOfBothCountriesAreAContactWithNoOneNamed() {
		assertContact("A trilateral meeting between delegations from Russia, the United States, "
				+ "and Ukraine began on Friday evening.", Set.of(), List.of());
	}

	@Test
	void usUkraineTalksAreNotAUsRussiaContactEvenWhenTheNextRoundWithRussiaIsMentioned() {
		assertNoContactBecause("no Russian side",
				"Ukraine and the United States began talks in Geneva on "
						+ "Thursday, and would discuss preparations for the next meeting with Russia.",
				Set.of("UKRAINE", "US"), List.of("Rustem Umerov", "Steve Witkoff"));
	}

	@Test
	void aCallWithAThirdCountryIsNotAContact() {
		assertNoContact("Putin held a phone conversation with Chinese leader Xi Jinping.", Set.of("RUSSIA"),
				List.of("Vladimir Putin"));
	}

	@Test
	void aDeniedOrOnlyWishedForContactIsNotAContact() {
		assertNoContact("Washington has not yet made any specific proposals to organize a telephone "
				+ "conversation between Putin and Trump.", Set.of("US", "RUSSIA"), List.of());
		assertNoContact("Телефонный разговор Путина и Трампа пока не планируется.", Set.of("US", "RUSSIA"), List.of());
	}

	@Test
	void aCallOfOneSideWithTheHeadOfAThirdCountryIsNotAContactWhateverCountriesTheSentenceNames() {
		assertNoContactBecause("Turkish President",
				"The press service of the US administration informed that "
						+ "President Donald Trump on Friday had a telephonic conversation with Turkish President Recep "
						+ "Tayyip Erdogan, according to Gazeta.ru news site of Russia.",
				Set.of("US"), List.of("Donald Trump"));
	}

	@Test
	void aTextWhoseHeadlineReportsAnotherContactMentionsAUsRussiaOneOnlyInPassing() {
		DraftProposal p = ReportExtractorTests.read("""
				Putin and Zelensky are preparing for a phone call this week, Russian media say

				Putin plans to hold a telephone conversation with Volodymyr Zelensky this week.

				"It will be a long conversation," the aide said.

				On June 14, Vladimir Putin held a telephone conversation with Donald Trump.""", "2025-06-17");
		assertThat(p.outcome()).isEqualTo(DraftProposal.Outcome.NO_CONTACT);
		assertThat(p.outcomeReason()).contains("in passing");
	}

	@Test
	void aCallWithAThirdCountrysHeadInRussianOrByNameIsNotAContact() {
		assertThat(ContactSides.thirdCountry("Путин провел телефонный разговор с лидером Турции Реджепом Эрдоганом."))
			.isTrue();
		assertThat(ContactSides.thirdCountry("Путин поговорил с турецким коллегой.")).isTrue();
		assertThat(ContactSides.thirdCountry("Putin and Xi Jinping are preparing for a phone call this week."))
			.isTrue();
		assertThat(ContactSides.thirdCountry("Trump spoke with the President of Turkey on Friday.")).isTrue();
		assertThat(ContactSides.thirdCountry("Лавров и Рубио провели телефонный разговор.")).isFalse();
		assertNoContact("Путин провел телефонный разговор с председателем КНР.", Set.of("RUSSIA"),
				List.of("Vladimir Putin"));
	}

	@Test
	void aSentenceThatCountsFromAnEarlierSummitReportsNoNewContact() {
		assertNoContactBecause("Since meeting",
				"Since meeting Putin in Alaska last month, Trump has pressed the Kremlin chief to hold direct talks "
						+ "with Ukrainian President Volodymyr Zelenskyy.",
				Set.of("US", "RUSSIA"), List.of("Donald Trump", "Vladimir Putin"));
		assertNoContact("С момента встречи на Аляске Путин не звонил Трампу.", Set.of("US", "RUSSIA"),
				List.of("Владимир Путин", "Дональд Трамп"));
		assertThat(ContactWords.earlier("Since their Alaska summit, Putin has done the opposite.")).isTrue();
	}

	@Test
	void aSinceThatIsNotAboutAContactLeavesTheSentenceAContact() {
		assertContact("Since Monday, Rubio has spoken twice with Lavrov.", Set.of("US", "RUSSIA"),
				List.of("Marco Rubio", "Sergei Lavrov"));
	}

	@Test
	void theTwoCyrillicRenderingsOfAnEnglishWAreOneName() {
		assertThat(Token.normalize("Виткофф")).isEqualTo(Token.normalize("Уиткофф"));
		assertThat(Token.normalize("Уиткоффом")).startsWith(Token.normalize("Уиткофф"));
	}

	@Test
	void aReadinessToMeetAndNoGroundworkForACallAreNoContact() {
		assertNoContact(
				"Naryshkin told TASS that he was ready to meet with CIA chief John Ratcliffe if the United States "
						+ "was interested.",
				Set.of("US", "RUSSIA"), List.of("Sergei Naryshkin", "John Ratcliffe"));
		assertNoContact("Песков заявил, что для разговора Путина с Трампом пока нет наработок.", Set.of("US", "RUSSIA"),
				List.of("Владимир Путин", "Дональд Трамп"));
	}

	@Test
	void aContactSaidNotToHaveHappenedIsNone() {
		assertNoContact("He has not spoken with Putin since August.", Set.of("US", "RUSSIA"),
				List.of("Donald Trump", "Vladimir Putin"));
		assertNoContact("So far, they have not spoken, although Trump said he wants to talk to Putin.",
				Set.of("US", "RUSSIA"), List.of("Donald Trump", "Vladimir Putin"));
		assertNoContact("Трамп с тех пор не разговаривал с Путиным.", Set.of("US", "RUSSIA"),
				List.of("Дональд Трамп", "Владимир Путин"));
	}

}
