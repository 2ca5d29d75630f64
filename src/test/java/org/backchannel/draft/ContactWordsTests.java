package org.backchannel.draft;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.backchannel.event.EventType;

import static org.assertj.core.api.Assertions.assertThat;

/** The words that report a contact and tell its kind, and those that point elsewhere. */
class ContactWordsTests {

	@Test
	void aPlannedSummitCalledOffIsTheSummitItself() {
		assertThat(ContactWords.types("Trump has canceled his planned summit with Putin."))
			.containsKey(EventType.SUMMIT);
		assertThat(ContactWords.types("In a phone call they discussed the upcoming summit."))
			.containsKey(EventType.PHONE_CALL)
			.doesNotContainKey(EventType.SUMMIT);
	}

	@Test
	void anUpcomingRoundCalledOffIsTheContact() {
		assertThat(ContactWords.types("The United States has canceled an upcoming round of talks with Russia."))
			.containsKey(EventType.NEGOTIATION_ROUND);
		assertThat(ContactWords.types("They spoke ahead of the upcoming round of talks."))
			.doesNotContainKey(EventType.NEGOTIATION_ROUND);
	}

	@Test
	void receivingAnEnvoyIsAMeetingInEnglishAndRussian() {
		assertThat(ContactWords.types("Putin received US special envoy Steve Witkoff at the Kremlin."))
			.containsKey(EventType.MEETING);
		assertThat(ContactWords.types("В Кремле Путин принял спецпосланника президента США Стива Уиткоффа."))
			.containsKey(EventType.MEETING);
		assertThat(ContactWords.types("Дмитриев встретится с Уиткоффом в Майами.")).containsKey(EventType.MEETING);
	}

	@Test
	void aGoodCallWithSomeoneIsACall() {
		assertThat(ContactWords.types("Trump said he had a “very good call” with Russian President Vladimir Putin."))
			.containsKey(EventType.PHONE_CALL);
	}

	@Test
	void russianRoundsAndConsultationsAreRounds() {
		assertThat(ContactWords.types("Захарова прокомментировала отмену раунда консультаций."))
			.containsKey(EventType.NEGOTIATION_ROUND);
	}

	@Test
	void reportedSpeechInThePluperfectIsNotAnEarlierContact() {
		assertThat(ContactWords.earlier("Trump said that he had held a good phone call with Putin on Sunday."))
			.isFalse();
		assertThat(ContactWords.earlier("The two had last met in February in Saudi Arabia.")).isTrue();
	}

	@Test
	void aMeetingOfDelegationsWithoutPrincipalsIsARound() {
		String text = "The delegations met in Istanbul on Thursday. The Russian delegation was led by Darchiev.";
		List<Reading> readings = LeadChoice.read(Sentences.split(text), List.of(), text, Deadline.none());
		Proposed<EventType> meeting = Proposed.of(EventType.MEETING, null, 0.8, "met");
		KnownActor darchiev = ReportExtractorTests.person("alexander-darchiev", "Alexander Darchiev", "RU", List.of(),
				ReportExtractorTests.role("Ambassador of Russia to the United States", null));
		KnownActor putin = ReportExtractorTests.person("vladimir-putin", "Vladimir Putin", "RU", List.of(),
				ReportExtractorTests.role("President of Russia", null));
		assertThat(ContactTypes.refine(meeting, readings.get(0), readings, List.of(darchiev), (a) -> false).value())
			.isEqualTo(EventType.NEGOTIATION_ROUND);
		assertThat(ContactTypes.refine(meeting, readings.get(0), readings, List.of(putin), (a) -> a == putin).value())
			.isEqualTo(EventType.MEETING);
	}

	@Test
	void theNextContactIsTheOneCalledOffWhenTheSentenceSaysSo() {
		assertThat(ContactWords.types("The next round of Russian-American consultations has been cancelled."))
			.containsKey(org.backchannel.event.EventType.NEGOTIATION_ROUND);
		assertThat(ContactWords.types("They agreed on the next round of consultations.")).isEmpty();
	}

	@Test
	void aContactTheSentencePreparesOrCountsFromIsNotItsOwn() {
		assertThat(ContactWords.types("As they set the stage for the first conversation, they are sending signals."))
			.isEmpty();
		assertThat(ContactWords.types("Надежды связываем с продолжением диалога, особенно после саммита на Аляске."))
			.isEmpty();
		assertThat(ContactWords.types("Саммит на Аляске прошел в пятницу.")).isNotEmpty();
	}

	@Test
	void aTelegramChannelIsNoLetterAndASummitWhereTheyMeetIsNoSummit() {
		assertThat(ContactWords.types("Об этом сообщает Telegram-канал «Радиоточка НСН».")).isEmpty();
		assertThat(ContactWords.types("Встреча, которая может состояться на саммите АСЕАН, прорабатывается."))
			.containsOnlyKeys(org.backchannel.event.EventType.MEETING);
		assertThat(ContactStatusesTests.status("Встреча, которая может состояться 10 июля, прорабатывается."))
			.isEqualTo(org.backchannel.event.ContactStatus.PLANNED);
	}

}
