package org.backchannel.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.backchannel.event.ConfirmationRules.AccountEvidence;
import org.backchannel.event.ConfirmationRules.Assessment;
import org.backchannel.event.ConfirmationRules.ClaimEvidence;
import org.backchannel.event.ConfirmationRules.Evidence;
import org.backchannel.event.ConfirmationRules.SourceEvidence;
import org.backchannel.model.Side;
import org.backchannel.source.Voice;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confirmation rules on hand-made evidence, put in words by the app's own
 * messages.properties: no database, no Spring context.
 */
class ConfirmationRulesTests {

	static final Set<Side> US_RUSSIA = Set.of(Side.US, Side.RUSSIA);

	static final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	static {
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	static SourceEvidence source(long id, String outlet, Voice voice) {
		return new SourceEvidence(id, outlet, voice, null, null);
	}

	static Assessment assess(ContactStatus status, List<AccountEvidence> readouts, List<SourceEvidence> sources,
			List<ClaimEvidence> claims) {
		return ConfirmationRules.assess(new Evidence(status, US_RUSSIA, readouts, sources, claims));
	}

	static String words(MessageSourceResolvable message) {
		return messages.getMessage(message, Locale.ENGLISH);
	}

	@Test
	void eachSidesOwnAccountMakesItConfirmedByBothGovernments() {
		Assessment call = assess(ContactStatus.HELD,
				List.of(new AccountEvidence(Side.RUSSIA, "Yuri Ushakov"), new AccountEvidence(Side.US, "Donald Trump")),
				List.of(source(1, "TASS", Voice.STATE_MEDIA)), List.of());
		assertThat(call.level()).isEqualTo(ConfirmationLevel.BOTH_GOVERNMENTS);
		assertThat(words(call.reason()))
			.isEqualTo("Each side's government gave an account: the US (Donald Trump) and Russia (Yuri Ushakov).");
		assertThat(call.next()).isEmpty();
	}

	@Test
	void aSourceInAGovernmentsOwnVoiceIsThatGovernmentsAccount() {
		Assessment call = assess(ContactStatus.HELD, List.of(new AccountEvidence(Side.RUSSIA, "Russian MFA")),
				List.of(source(1, "MENAFN (United States Department of State)", Voice.US_GOVERNMENT)), List.of());
		assertThat(call.level()).isEqualTo(ConfirmationLevel.BOTH_GOVERNMENTS);
		assertThat(words(call.reason()))
			.isEqualTo("Each side's government gave an account: the US (MENAFN) and Russia (Russian MFA).");
	}

	@Test
	void oneSidesAccountSaysWhichAndWhatIsMissing() {
		Assessment meeting = assess(ContactStatus.HELD, List.of(new AccountEvidence(Side.RUSSIA, "Yuri Ushakov")),
				List.of(source(1, "Sputnik", Voice.STATE_MEDIA)), List.of());
		assertThat(meeting.level()).isEqualTo(ConfirmationLevel.ONE_GOVERNMENT);
		assertThat(words(meeting.reason())).isEqualTo("One government gave an account: Russia (Yuri Ushakov).");
		assertThat(meeting.next()).extracting(ConfirmationRulesTests::words).containsExactly("No US account yet.");
	}

	@Test
	void anotherGovernmentIsNamed() {
		Assessment statement = ConfirmationRules.assess(new Evidence(ContactStatus.HELD, Set.of(Side.OTHER), List.of(),
				List.of(new SourceEvidence(1, "GOV.UK", Voice.OTHER_GOVERNMENT, "United Kingdom", null)), List.of()));
		assertThat(statement.level()).isEqualTo(ConfirmationLevel.ONE_GOVERNMENT);
		assertThat(words(statement.reason()))
			.isEqualTo("One government gave an account: another government (United Kingdom).");
	}

	@Test
	void mediaOnlyCountsIndependentOutletsOnceEach() {
		Assessment call = assess(ContactStatus.HELD, List.of(),
				List.of(source(1, "The Kyiv Independent", Voice.INDEPENDENT_MEDIA),
						source(2, "Kyiv Independent", Voice.INDEPENDENT_MEDIA),
						source(3, "Ukrainska Pravda", Voice.INDEPENDENT_MEDIA), source(4, "TASS", Voice.STATE_MEDIA),
						source(5, "TASS (tass.ru)", Voice.STATE_MEDIA)),
				List.of());
		assertThat(call.level()).isEqualTo(ConfirmationLevel.REPORTED);
		assertThat(words(call.reason())).isEqualTo("Reported by 2 independent outlets (The Kyiv Independent, "
				+ "Ukrainska Pravda), and state media (TASS); no government gave an account.");
		assertThat(call.next()).extracting(ConfirmationRulesTests::words)
			.containsExactly("No government account yet: a US or Russian readout would make it one government's.");
	}

	@Test
	void reprintsOfOneReportCountOnce() {
		SourceEvidence tass = source(1, "TASS", Voice.STATE_MEDIA);
		Assessment call = assess(ContactStatus.HELD, List.of(),
				List.of(tass, new SourceEvidence(2, "News-Pravda.com", Voice.AGGREGATOR, null, tass),
						new SourceEvidence(3, "Pravda EN", Voice.AGGREGATOR, null, tass)),
				List.of());
		assertThat(call.level()).isEqualTo(ConfirmationLevel.REPORTED);
		assertThat(words(call.reason()))
			.isEqualTo("Known only from state media (TASS); no government gave an account.");
		// The original need not be cited itself: two reprints of it are still one voice.
		Assessment reprints = assess(ContactStatus.HELD, List.of(),
				List.of(new SourceEvidence(2, "News-Pravda.com", Voice.AGGREGATOR, null, tass),
						new SourceEvidence(3, "Pravda EN", Voice.AGGREGATOR, null, tass)),
				List.of());
		assertThat(words(reprints.reason())).isEqualTo(words(call.reason()));
	}

	@Test
	void aReprintOfAGovernmentsReadoutIsThatGovernmentsAccount() {
		SourceEvidence kremlin = source(1, "Kremlin.ru", Voice.RUSSIAN_GOVERNMENT);
		Assessment call = assess(ContactStatus.HELD, List.of(),
				List.of(new SourceEvidence(2, "News-Pravda.com", Voice.AGGREGATOR, null, kremlin)), List.of());
		assertThat(call.level()).isEqualTo(ConfirmationLevel.ONE_GOVERNMENT);
		assertThat(words(call.reason())).isEqualTo("One government gave an account: Russia (Kremlin.ru).");
	}

	@Test
	void reprintsOfUnrecordedReportsAndUnknownVoicesAreTheWeakest() {
		Assessment call = assess(ContactStatus.HELD, List.of(),
				List.of(source(1, "News-Pravda.com", Voice.AGGREGATOR),
						source(2, "News-Pravda.com (trump.news-pravda.com)", Voice.AGGREGATOR),
						source(3, "info9.ge", Voice.UNKNOWN)),
				List.of());
		assertThat(call.level()).isEqualTo(ConfirmationLevel.REPORTED);
		assertThat(words(call.reason())).isEqualTo("Known only from a reprint of reports the record does not hold "
				+ "(News-Pravda.com), and a source of unknown voice (info9.ge).");
		assertThat(words(assess(ContactStatus.HELD, List.of(), List.of(), List.of()).reason()))
			.isEqualTo("No source is recorded.");
	}

	@Test
	void aSideContradictingAClaimMakesItDisputedEvenWithBothAccounts() {
		Assessment meetings = assess(ContactStatus.HELD,
				List.of(new AccountEvidence(Side.US, "White House"), new AccountEvidence(Side.RUSSIA, "Kremlin")),
				List.of(), List.of(new ClaimEvidence("Rubio took part in the meetings.", ClaimStatus.DISPUTED,
						"Steve Witkoff", Side.US)));
		assertThat(meetings.level()).isEqualTo(ConfirmationLevel.DISPUTED);
		assertThat(words(meetings.reason()))
			.isEqualTo("Steve Witkoff disputes what a source reports: \u201cRubio took part in the meetings.\u201d");
		assertThat(meetings.next()).extracting(ConfirmationRulesTests::words)
			.containsExactly("Settle the disputed claim: confirm it, or record Steve Witkoff's contradiction as "
					+ "that side's account.");
	}

	@Test
	void figuresThatDifferOrAThirdPartysObjectionAreNoDispute() {
		Assessment call = assess(ContactStatus.HELD,
				List.of(new AccountEvidence(Side.US, "Donald Trump"), new AccountEvidence(Side.RUSSIA, "Kremlin")),
				List.of(),
				List.of(new ClaimEvidence("The call lasted about 2 hours.", ClaimStatus.DISPUTED, null, null),
						new ClaimEvidence("Ukraine attacked Putin's residence.", ClaimStatus.DISPUTED,
								"Volodymyr Zelensky", Side.UKRAINE)));
		assertThat(call.level()).isEqualTo(ConfirmationLevel.BOTH_GOVERNMENTS);
	}

	@Test
	void aDeniedClaimMakesItDisputed() {
		Assessment call = assess(ContactStatus.HELD, List.of(new AccountEvidence(Side.US, "Donald Trump")), List.of(),
				List.of(new ClaimEvidence("They spoke again on Sunday.", ClaimStatus.DENIED, null, null)));
		assertThat(call.level()).isEqualTo(ConfirmationLevel.DISPUTED);
		assertThat(words(call.reason()))
			.isEqualTo("What a source reports is denied: \u201cThey spoke again on Sunday.\u201d");
	}

	@Test
	void aContactNotHeldIsPlannedOrCancelledAsItsStatusSays() {
		List<AccountEvidence> both = List.of(new AccountEvidence(Side.US, "Donald Trump"),
				new AccountEvidence(Side.RUSSIA, "Yuri Ushakov"));
		assertThat(assess(ContactStatus.CANCELLED, both, List.of(), List.of()).level())
			.isEqualTo(ConfirmationLevel.CANCELLED);
		assertThat(assess(ContactStatus.PLANNED, both, List.of(), List.of()).level())
			.isEqualTo(ConfirmationLevel.PLANNED);
		Assessment postponed = assess(ContactStatus.POSTPONED, both, List.of(), List.of());
		assertThat(postponed.level()).isEqualTo(ConfirmationLevel.PLANNED);
		assertThat(words(postponed.reason())).isEqualTo("Postponed: it did not take place on the planned date.");
	}

	@Test
	void aRelatedEventsSidesAreItsPrincipals() {
		assertThat(Evidence.parties(Channel.LEADERS, Set.of(Side.OTHER))).containsExactlyInAnyOrder(Side.US,
				Side.RUSSIA);
		Assessment round = ConfirmationRules.assess(new Evidence(ContactStatus.HELD, Set.of(Side.RUSSIA, Side.UKRAINE),
				List.of(new AccountEvidence(Side.UKRAINE, "Rustem Umerov"),
						new AccountEvidence(Side.RUSSIA, "Vladimir Medinsky")),
				List.of(), List.of()));
		assertThat(round.level()).isEqualTo(ConfirmationLevel.BOTH_GOVERNMENTS);
		assertThat(words(round.reason())).isEqualTo(
				"Each side's government gave an account: Russia (Vladimir Medinsky) and Ukraine (Rustem Umerov).");
	}

}
