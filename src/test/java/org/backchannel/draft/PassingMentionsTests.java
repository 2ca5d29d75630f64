package org.backchannel.draft;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.backchannel.event.EventType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.draft.Verdicts.assertContact;
import static org.backchannel.draft.Verdicts.assertNoContact;
import static org.backchannel.draft.Verdicts.assertNoContactBecause;

/**
 * A US–Russia contact named only in passing, denied or listed among past ones is not the
 * contact a text reports; Russian kind words and misspelt names are still read.
 */
class PassingMentionsTests {

	@Test
	void aContactRecalledInAReportOfACallWithAThirdCountryIsNotTheContact() {
		ContactSides.Verdict v = ContactSides.judge(
				"Prime Minister Narendra Modi on Monday said he received a phone call from Russian President "
						+ "Vladimir Putin, who shared insights from his recent meeting with US President Donald Trump.",
				Set.of("RUSSIA", "US"), List.of("Vladimir Putin", "Donald Trump"));
		assertThat(v.contact()).isFalse();
		assertThat(v.reason()).contains("only recalled", "shared insights from");
		assertNoContact("Лукашенко поделился с Путиным деталями разговора с Трампом 15 августа", Set.of("RUSSIA", "US"),
				List.of("Vladimir Putin", "Donald Trump"));
	}

	@Test
	void theSameWordsWithoutAThirdCountryLeaveTheContact() {
		assertContact("Putin shared details of his meeting with Trump with reporters.", Set.of("RUSSIA", "US"),
				List.of("Vladimir Putin", "Donald Trump"));
	}

	@Test
	void deniedReportsAndContactsOffTheAgendaAreNotContacts() {
		for (String denied : List.of("The Kremlin denied reports of a phone call between Putin and Trump.",
				"Встреча Путина и Трампа сейчас не стоит на повестке дня.",
				"Песков заявил, что нет наработок по возможному разговору Путина и Трампа.",
				"Peskov said there was no conversation between the two presidents.")) {
			assertNoContact(denied, Set.of("RUSSIA", "US"), List.of());
		}
	}

	@Test
	void aContactListedAmongPastOnesIsNotTheContact() {
		assertNoContactBecause("list of past ones",
				"The ministry cited its role in hosting dialogue, including two "
						+ "rounds of trilateral talks in Abu Dhabi involving Russia, Ukraine, and the United States.",
				Set.of(), List.of());
	}

	@Test
	void aCallWithTheBelarusianCounterpartIsNotMadeUsRussiaByPeopleOfOtherSentences() {
		DraftProposal p = ReportExtractorTests.read("""
				Президент России Владимир Путин провел телефонный разговор с белорусским коллегой Александром Лукашенко.
				Разговор двух лидеров состоялся в преддверии заседания Высшего госсовета.
				Ранее стало известно, что разговор Владимира Путина и Дональда Трампа пока не запланирован.""",
				"2026-02-20");
		assertThat(p.outcome()).isEqualTo(DraftProposal.Outcome.NO_CONTACT);
	}

	@Test
	void aFrontedTurnClosedByACommaLeavesTheContactOfTheMainClause() {
		DraftProposal p = ReportExtractorTests.read("In a significant move ahead of a pivotal meeting on the war, "
				+ "U.S. President Donald Trump held a telephone conversation with Russian leader Vladimir Putin. "
				+ "The call took place on Sunday, December 28, 2025, just hours before Trump was scheduled to host "
				+ "Ukrainian President Volodymyr Zelenskyy.", "2025-12-29");
		assertThat(p.isDraft()).isTrue();
		assertThat(p.participants()).extracting((x) -> x.value().name())
			.containsExactlyInAnyOrder("Donald Trump", "Vladimir Putin");
		assertThat(p.date().value().value()).hasToString("2025-12-28");
	}

	@Test
	void russianConversationsAndCallsAreReadWithTheirWholeWords() {
		assertThat(ContactWords.types("Их телефонный разговор состоялся вчера.").get(EventType.PHONE_CALL).group())
			.isEqualTo("телефонный разговор");
		assertThat(ContactWords.types("Их телефонная беседа длилась час.").get(EventType.PHONE_CALL).group())
			.isEqualTo("телефонная беседа");
		assertThat(ContactWords.types("Россию представят Григорий Карасин и Сергей Беседа.")).isEmpty();
	}

	@Test
	void aConversationAtAMeetingInTheKremlinIsAMeeting() {
		DraftProposal p = ReportExtractorTests
			.read("The conversation between Putin and US envoy Steve Witkoff was very "
					+ "useful, Ushakov said. Putin and Witkoff met in the Kremlin for five hours.", "2025-12-03");
		assertThat(p.type().value()).isEqualTo(EventType.MEETING);
	}

	@Test
	void aNameOneLetterOffAKnownSurnameIsThatPerson() {
		DraftProposal p = ReportExtractorTests.read("Putin met US envoy Steve Witcoff in the Kremlin on Monday.",
				"2025-12-03");
		assertThat(p.participants()).extracting((x) -> x.value().name()).contains("Steve Witkoff");
		assertThat(ActorDictionary.oneEdit("witkoff", "witcoff")).isTrue();
		assertThat(ActorDictionary.oneEdit("witkoff", "wiktoff")).isTrue();
		assertThat(ActorDictionary.oneEdit("witkoff", "whitkof")).isFalse();
	}

	@Test
	void aDateAfterSinceOrUntilBoundsASpanAndDatesNoContact() {
		assertThat(LeadDates.BOUND.matcher("the first talks they have held since ").find()).isTrue();
		assertThat(LeadDates.BOUND.matcher("отложена до ").find()).isTrue();
		assertThat(LeadDates.BOUND.matcher("the call took place on ").find()).isFalse();
	}

}
