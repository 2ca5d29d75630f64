package org.backchannel.draft;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speakers step on its own: who reports a contact is not taken for one of its
 * participants, a president named to describe his aide is not one either, and a speaker
 * who reports a contact of his own is.
 */
class SpeakersTests {

	private static final ActorDictionary ACTORS = new ActorDictionary(ReportExtractorTests.ACTORS);

	private static ActorDictionary.Mention mention(String text, String slug) {
		return Mentions.merge(ACTORS.find(Token.tokenize(text), LocalDate.parse("2025-10-20")), text)
			.stream()
			.filter((m) -> m.actor().slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anAideWhoCitedOrCharacterisesTheContactSpeaksOfIt() {
		String cited = "Putin received a call from Trump, Russia Today reported, citing Kremlin aide Yuri Ushakov.";
		assertThat(Speakers.speaker(cited, mention(cited, "yuri-ushakov"))).isTrue();
		String described = "Putin and Witkoff held a meeting described as constructive by Kremlin aide Yuri Ushakov.";
		assertThat(Speakers.speaker(described, mention(described, "yuri-ushakov"))).isTrue();
		String called = "Yuri Ushakov called the conversation between Putin and Trump frank.";
		assertThat(Speakers.speaker(called, mention(called, "yuri-ushakov"))).isTrue();
	}

	@Test
	void aPresidentNamedToDescribeAnAideOrAnEnvoyIsADescriptor() {
		String aide = "a call Witkoff held with Yuri Ushakov, an aide to Russian President Vladimir Putin.";
		assertThat(Speakers.descriptor(aide, mention(aide, "vladimir-putin"))).isTrue();
		String envoy = "Bloomberg published a call in which Trump envoy Steve Witkoff advised Yuri Ushakov.";
		assertThat(Speakers.descriptor(envoy, mention(envoy, "donald-trump"))).isTrue();
		String met = "Trump met Putin in Alaska.";
		assertThat(Speakers.descriptor(met, mention(met, "donald-trump"))).isFalse();
	}

	@Test
	void aSpeakerWhoSaysHeHadTheCallTakesPartInIt() {
		String text = "Trump said he had a very productive phone call with Vladimir Putin ahead of a meeting with "
				+ "Volodymyr Zelensky.";
		ActorDictionary.Mention trump = mention(text, "donald-trump");
		assertThat(Speakers.speaker(text, trump)).isTrue();
		assertThat(Speakers.ownContact(text, trump)).isTrue();
		List<String> slugs = ReportExtractorTests.read(text, "2025-12-28")
			.participants()
			.stream()
			.map((p) -> p.value().actor())
			.toList();
		assertThat(slugs).contains("donald-trump", "vladimir-putin");
		String said = "Ushakov said the call lasted over an hour.";
		assertThat(Speakers.ownContact(said, mention(said, "yuri-ushakov"))).isFalse();
	}

	@Test
	void whoIsToldAboutInAnotherConversationIsNotItsParty() {
		String told = "Trump recently told European leaders in a phone conversation that Putin has no intention "
				+ "of ending the war.";
		assertThat(Speakers.told(told, mention(told, "vladimir-putin"))).isTrue();
		String own = "Trump told reporters that he spoke with Putin.";
		assertThat(Speakers.told(own, mention(own, "vladimir-putin"))).isFalse();
	}

	@Test
	void inRussianAPresidentNamedToDescribeHisEnvoyIsNotAPartyAndAnEnvoyWhoConfirmsHisOwnMeetingIs() {
		String text = "Спецпосланник президента США Стив Уиткофф подтвердил, что сегодня встречался "
				+ "со специальным представителем президента России Владимира Путина.";
		assertThat(Speakers.descriptor(text, mention(text, "vladimir-putin"))).isTrue();
		assertThat(Speakers.ownContact(text, mention(text, "steve-witkoff"))).isTrue();
	}

	@Test
	void heInTheSentenceThatReportsTheContactIsTheOneTheSentenceBeforeNames() {
		DraftProposal p = ReportExtractorTests.read("US envoy Steve Witkoff flew to St Petersburg on Friday. He met "
				+ "Russian President Vladimir Putin there for four hours.", "2025-04-11");
		assertThat(p.participants()).extracting((x) -> x.value().actor())
			.containsExactlyInAnyOrder("vladimir-putin", "steve-witkoff");
	}

	@Test
	void aPossessiveNameTakesPartInItsOwnMeeting() {
		DraftProposal p = ReportExtractorTests
			.read("Putin's meeting with US envoy Steve Witkoff in St Petersburg lasted four hours.", "2025-04-11");
		assertThat(p.participants()).extracting((x) -> x.value().actor())
			.containsExactlyInAnyOrder("vladimir-putin", "steve-witkoff");
		DraftProposal ru = ReportExtractorTests.read("Putin’s talks with Rubio lasted an hour.", "2025-04-11");
		assertThat(ru.participants()).extracting((x) -> x.value().actor())
			.containsExactlyInAnyOrder("vladimir-putin", "marco-rubio");
	}

	@Test
	void theRussianVerbsOfSayingMakeASpeakerInAnyOrderAndEnding() {
		for (String said : List.of("«Разговор был деловым и конструктивным», — напомнил Сергей Лавров.",
				"Встреча прошла в Кремле, пояснил Сергей Лавров журналистам.",
				"Как уточнил Сергей Лавров, переговоры продлились три часа.",
				"Сергей Лавров добавил, что следующий раунд пройдет в Стамбуле.",
				"По словам господина Лаврова, встреча министров возможна в Женеве.")) {
			assertThat(Speakers.speaker(said, mention(said, "sergei-lavrov"))).as(said).isTrue();
		}
		String met = "Сергей Лавров встретился с Марко Рубио в Куала-Лумпуре.";
		assertThat(Speakers.speaker(met, mention(met, "sergei-lavrov"))).isFalse();
	}

	@Test
	void aNameAndAColonOpeningALineGiveThatPersonsWords() {
		String ru = "Лавров: Переговоры с Марко Рубио были продуктивными\n\nМИД сообщил подробности.";
		assertThat(Speakers.speaker(ru, mention(ru, "sergei-lavrov"))).isTrue();
		String en = "Kremlin aide Yuri Ushakov: the call between Putin and Trump was frank";
		assertThat(Speakers.speaker(en, mention(en, "yuri-ushakov"))).isTrue();
		String list = "Participants in the talks: Marco Rubio, Sergei Lavrov and their teams.";
		assertThat(Speakers.speaker(list, mention(list, "sergei-lavrov"))).isFalse();
	}

	@Test
	void aPresidentNamedAfterHisAidesOrEnvoysInThePluralDescribesThem() {
		String aides = "A call between senior aides to Donald Trump was leaked.";
		assertThat(Speakers.descriptor(aides, mention(aides, "donald-trump"))).isTrue();
		String envoys = "Two envoys of Vladimir Putin flew to Riyadh.";
		assertThat(Speakers.descriptor(envoys, mention(envoys, "vladimir-putin"))).isTrue();
	}

}
