package org.backchannel.draft;

import org.backchannel.event.Channel;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.model.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor without a database: a dictionary of a few actors as the record holds them
 * (names, aliases, roles), and reports in agency and readout phrasing.
 */
class ReportExtractorTests {

	static final List<KnownActor> ACTORS = List.of(
			person("marco-rubio", "Marco Rubio", "US", List.of("Марко Рубио"), role("Secretary of State", null)),
			person("sergei-lavrov", "Sergei Lavrov", "RU", List.of("Sergey Lavrov", "Сергей Лавров"),
					role("Foreign Minister", "Russian Ministry of Foreign Affairs")),
			person("donald-trump", "Donald Trump", "US", List.of(), role("President of the United States", null)),
			person("vladimir-putin", "Vladimir Putin", "RU", List.of("Владимир Путин"),
					role("President of Russia", null)),
			person("volodymyr-zelensky", "Volodymyr Zelensky", "UA", List.of("Volodymyr Zelenskyy"),
					role("President of Ukraine", null)),
			person("steve-witkoff", "Steve Witkoff", "US", List.of("Steven Witkoff", "Стив Уиткофф"),
					role("US Special Envoy", null)),
			person("mike-waltz", "Mike Waltz", "US", List.of(), role("US National Security Adviser", null)),
			person("yuri-ushakov", "Yuri Ushakov", "RU", List.of(),
					role("Foreign-policy aide to the President of Russia", "Kremlin")),
			person("tammy-bruce", "Tammy Bruce", "US", List.of(),
					role("State Department spokesperson", "US Department of State")),
			person("tommy-pigott", "Tommy Pigott", "US", List.of(),
					role("State Department spokesperson", "US Department of State")),
			person("vladimir-medinsky", "Vladimir Medinsky", "RU", List.of(),
					role("Head of the Russian delegation at the Istanbul talks", null)),
			person("faisal-bin-farhan", "Faisal bin Farhan", "SA", List.of(),
					role("Foreign Minister of Saudi Arabia", null)),
			new KnownActor("russian-mfa", "Russian Ministry of Foreign Affairs", "GOVERNMENT_BODY", "RU",
					List.of("Ministry of Foreign Affairs of the Russian Federation", "МИД России"), List.of()),
			new KnownActor("us-state-department", "US State Department", "GOVERNMENT_BODY", "US",
					List.of("Department of State"), List.of()),
			new KnownActor("kremlin", "Kremlin", "GOVERNMENT_BODY", "RU", List.of(), List.of()));

	static final ReportExtractor EXTRACTOR = new ReportExtractor(new ActorDictionary(ACTORS),
			new Places(List.of(new Places.Place("Diriyah Palace", "SA", 3), new Places.Place("New York", "US", 2))));

	static KnownActor person(String slug, String name, String country, List<String> aliases, KnownActor.Role role) {
		return new KnownActor(slug, name, "PERSON", country, aliases, List.of(role));
	}

	static KnownActor.Role role(String title, String organization) {
		return new KnownActor.Role(title, organization, null, null);
	}

	static DraftProposal read(String text, String published) {
		return EXTRACTOR.extract(text, LocalDate.parse(published));
	}

	@Test
	void onlyTheMinisterIsTheTopDiplomatNotADeputyOrAnAssistantSecretary() {
		assertThat(Offices.group("foreign minister")).isEqualTo("foreign");
		assertThat(Offices.group("secretary of state")).isEqualTo("foreign");
		assertThat(Offices.group("deputy foreign minister")).isNotEqualTo("foreign");
		assertThat(Offices.group("deputy assistant secretary of state")).isNotEqualTo("foreign");
	}

	@Test
	void aHeadlineIsNotTakenForTheSentenceThatReportsTheContact() {
		assertThat(ContactWords.headline("Diplomatic Dialogue: Rubio and Lavrov Discuss New Ideas for Ukraine"))
			.isTrue();
		assertThat(ContactWords.headline(
				"Russian and American top diplomats met in Malaysia on Thursday, according to Russian officials."))
			.isFalse();
		assertThat(ContactWords.headline("Rubio and Lavrov spoke by phone on Saturday")).isFalse();
	}

	@Test
	void aKremlinReadoutGivesDateTypeParticipantsAndDurationEachWithItsSentence() {
		String text = "Russian President Vladimir Putin and US President Donald Trump spoke by phone on Tuesday for "
				+ "two hours and five minutes, Kremlin aide Yuri Ushakov said.";
		DraftProposal p = read(text, "2025-05-21");
		assertThat(p.date().value())
			.isEqualTo(new DraftProposal.DateGuess(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
		assertThat(p.date().evidence().match()).isEqualTo("on Tuesday");
		assertThat(text.substring(p.date().evidence().matchStart(), p.date().evidence().matchEnd()))
			.isEqualTo("on Tuesday");
		assertThat(p.type().value()).isEqualTo(EventType.PHONE_CALL);
		assertThat(p.participants()).extracting((x) -> x.value().actor())
			.containsExactly("vladimir-putin", "donald-trump");
		assertThat(p.durationMinutes().value()).isEqualTo(125);
		assertThat(p.channel().value()).isEqualTo(Channel.LEADERS);
		assertThat(p.accounts()).extracting((x) -> x.value().issuer()).contains("yuri-ushakov");
	}

	@Test
	void aReportThatOnlySaysTheMeetingTookPlaceGetsNoDate() {
		DraftProposal p = read("The meeting between Rubio and Lavrov took place, officials said.", "2025-03-22");
		assertThat(p.date().isPresent()).isFalse();
		assertThat(p.date().reason()).contains("does not date");
	}

	@Test
	void aDatelineDatesTheReportNotTheContact() {
		assertThat(read(
				"MOSCOW, March 16 (Reuters) - Lavrov and Rubio spoke by phone, the Russian Foreign Ministry " + "said.",
				"2025-03-16")
			.date()
			.isPresent()).isFalse();
		assertThat(read("MOSCOW, March 16 (Reuters) - Lavrov and Rubio spoke by phone on Saturday, the ministry said.",
				"2025-03-16")
			.date()
			.value()
			.value()).isEqualTo(LocalDate.of(2025, 3, 15));
	}

	@Test
	void aDateInTheFutureOrOfAnotherEventIsNotTheContactsDate() {
		DraftProposal p = read("In the conversation, Rubio and Lavrov reviewed the understandings reached during last "
				+ "month's summit.", "2025-03-16");
		assertThat(p.type().value()).isEqualTo(EventType.PHONE_CALL);
		assertThat(p.date().isPresent()).isFalse();
	}

	@Test
	void titlesHeldOnTheReportsDateNameTheirHolders() {
		DraftProposal p = read("The US Secretary of State spoke by phone with the Russian foreign minister yesterday.",
				"2025-03-16");
		assertThat(p.participants()).extracting((x) -> x.value().actor())
			.containsExactly("marco-rubio", "sergei-lavrov");
		assertThat(p.date().value().value()).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(p.channel().value()).isEqualTo(Channel.MINISTERS);
	}

	@Test
	void transliterationVariantsAndCyrillicAliasesFindTheSameActors() {
		assertThat(read("Sergey Lavrov met Steve Witkoff in Istanbul on Friday.", "2025-05-17").participants())
			.extracting((x) -> x.value().actor())
			.containsExactly("sergei-lavrov", "steve-witkoff");
		assertThat(read("Сергей Лавров провел телефонный разговор с Марко Рубио.", "2025-05-17").participants())
			.extracting((x) -> x.value().actor())
			.containsExactly("sergei-lavrov", "marco-rubio");
	}

	@Test
	void theInitiatorComesFromRequestsInitiativesAndWhoCalled() {
		assertThat(read("Rubio spoke by phone with Lavrov on Sunday at Lavrov's request.", "2025-04-28").initiator()
			.value()
			.side()).isEqualTo(Initiator.RUSSIA);
		assertThat(read("Lavrov had a telephone conversation with Rubio at the initiative of the American side.",
				"2025-05-17")
			.initiator()
			.value()
			.side()).isEqualTo(Initiator.US);
		DraftProposal called = read("President Putin called Donald Trump on Saturday.", "2025-06-14");
		assertThat(called.initiator().value())
			.isEqualTo(new DraftProposal.InitiatorGuess(Initiator.RUSSIA, "vladimir-putin"));
	}

	@Test
	void quotesKeepTheirSpeakers() {
		DraftProposal p = read("Rubio and Lavrov met in Kuala Lumpur on Thursday. “It’s a new idea or concept,” "
				+ "Rubio told reporters.", "2025-07-11");
		assertThat(p.quotes()).singleElement().satisfies((q) -> {
			assertThat(q.value().text()).isEqualTo("It’s a new idea or concept");
			assertThat(q.value().speaker()).isEqualTo("marco-rubio");
		});
		assertThat(p.place().value().name()).isEqualTo("Kuala Lumpur");
		assertThat(p.place().value().country()).isEqualTo("MY");
	}

	@Test
	void unknownNamesAfterAnOfficeAreOfferedAsNewActors() {
		DraftProposal p = read(
				"Putin met US special envoy Steve Witkoff and Russian envoy Kirill Dmitriev in Moscow " + "on Friday.",
				"2025-04-11");
		assertThat(p.newActors()).extracting((x) -> x.value().name()).containsExactly("Kirill Dmitriev");
		assertThat(p.channel().value()).isEqualTo(Channel.ENVOYS);
	}

	@Test
	void theTestSetReadsWellWithoutADatabase() throws IOException {
		TestSetScore score = TestSetScore.run(EXTRACTOR::extract, false);
		assertThat(score.unsupportedDates).isZero();
		assertThat(score.exact("date")).isGreaterThanOrEqualTo(90.0);
	}

	@Test
	void aContactCalledOffLeadsEvenWhenItsSentenceRecallsHowItWasAgreed() {
		DraftProposal p = read(
				"В то же время Марко Рубио отменил встречу с Сергеем Лавровым, договорённость о проведении "
						+ "которой была достигнута ранее во время телефонного разговора. По словам госдепартамента, встреча "
						+ "Рубио с Лавровым состоится в будущем.",
				"2025-10-23");
		assertThat(p.status().value()).isEqualTo(org.backchannel.event.ContactStatus.CANCELLED);
		assertThat(p.type().value()).isEqualTo(EventType.MEETING);
	}

	@Test
	void aSpeakerReportingHisOwnCallLeadsOverAnEarlierMeetingOfOthers() {
		DraftProposal p = read("Trump Says He Had Good Phone Call With Putin\n\nWASHINGTON - US President Donald Trump "
				+ "said that he had held a good and productive phone call with Russian President Vladimir Putin on Sunday.\n\n"
				+ "Kremlin aide Yuri Ushakov held talks in Moscow on December 20 with US envoy Steve Witkoff.",
				"2025-12-28");
		assertThat(p.participants()).extracting((x) -> x.value().name())
			.containsExactlyInAnyOrder("Donald Trump", "Vladimir Putin");
		assertThat(p.date().value().value()).isEqualTo("2025-12-28");
	}

	@Test
	void theLeadersOfAnEarlierAgreementNamedAfterFollowingAreNotTheTalksTheStoryReports() {
		DraftProposal p = read("Russian and American experts held a round of talks in Jeddah that ended with a joint "
				+ "statement on grain shipments.\n\nThe round was convened following a deal struck by Presidents "
				+ "Vladimir Putin and Donald Trump on May 4 to open consultations.", "2025-05-13");
		assertThat(p.summary()).startsWith("Russian and American experts held a round");
		assertThat(p.date().isPresent()).isFalse();
		assertThat(p.participants()).isEmpty();
	}

	@Test
	void aContactRecalledWeeksBeforePublicationIsBackgroundNotTheNews() {
		DraftProposal p = read("Lavrov flies to Geneva for talks with the American side\n\nGENEVA - Russian Foreign "
				+ "Minister Sergei Lavrov arrived on Thursday for consultations with a US team.\n\nIn the spring the "
				+ "two sides traded proposals. On April 3, Vladimir Putin received US envoy Steve Witkoff in Moscow.",
				"2025-06-12");
		assertThat(p.summary()).doesNotContain("April 3");
		assertThat(p.date().value().value()).isEqualTo("2025-06-12");
		assertThat(p.participants()).extracting((x) -> x.value().name()).containsExactly("Sergei Lavrov");
		assertThat(LeadChoice.background("On April 3, Putin received Witkoff.", LocalDate.parse("2025-06-12")))
			.isTrue();
		assertThat(LeadChoice.background("Putin received Witkoff on June 10.", LocalDate.parse("2025-06-12")))
			.isFalse();
	}

	@Test
	void aLeakedCallIsNewsHoweverOldItIs() {
		assertThat(LeadChoice.background("A newspaper printed the transcript of an April 3 call between the envoys.",
				LocalDate.parse("2025-06-12")))
			.isFalse();
		assertThat(LeadChoice.background("Газета опубликовала стенограмму разговора от 3 апреля.",
				LocalDate.parse("2025-06-12")))
			.isFalse();
	}

}
