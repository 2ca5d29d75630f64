package org.backchannel.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Side;
import org.backchannel.source.SourceData;
import org.backchannel.source.SourceWriteService;
import org.backchannel.source.Voice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confirmation level of every contact in the seeded record, as V16 stored it: each
 * one what the rules say of its readouts, sources and claims, and a table of contacts
 * written out by hand, every level among them. Writes only add records of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "backchannel.test-context=confirmation-record")
class ConfirmationRecordTests {

	static final ChangeAuthor ADMIN = new ChangeAuthor("ada", true);

	/**
	 * Slug, level and a part of the reason, by hand from the record's readouts and
	 * sources.
	 */
	static final Map<String, Expected> BY_HAND = new LinkedHashMap<>();

	static {
		expect("2025-02-12-trump-putin-phone-call", ConfirmationLevel.BOTH_GOVERNMENTS,
				"the US (Donald Trump) and Russia (Dmitry Peskov)");
		expect("2025-02-15-rubio-lavrov-phone-call", ConfirmationLevel.BOTH_GOVERNMENTS,
				"the US (US State Department) and Russia (Russian Ministry of Foreign Affairs)");
		// The Kremlin's account (seed 000) beside the Foreign Ministry's.
		expect("2025-03-15-rubio-lavrov-phone-call", ConfirmationLevel.BOTH_GOVERNMENTS,
				"Russia (Russian Ministry of Foreign Affairs, Kremlin)");
		// Three lengths from three outlets: figures that differ, no side contradicting.
		expect("2025-03-18-trump-putin-phone-call", ConfirmationLevel.BOTH_GOVERNMENTS,
				"the US (White House) and Russia (Kremlin)");
		// The State Department's own words, reprinted in full by MENAFN.
		expect("2025-04-27-rubio-lavrov-phone-call", ConfirmationLevel.BOTH_GOVERNMENTS,
				"the US (US State Department, MENAFN)");
		expect("2025-10-16-trump-putin-phone-call", ConfirmationLevel.BOTH_GOVERNMENTS,
				"the US (Donald Trump) and Russia (Yuri Ushakov)");
		// The record's newest contact (V18): the Kremlin's readout, and Trump's words as
		// the
		// press reported them (V22 gave its sources their voices).
		expect("2026-04-29-trump-putin-phone-call", ConfirmationLevel.BOTH_GOVERNMENTS, "Russia (Yuri Ushakov)");
		expect("2025-04-25-witkoff-putin-meeting-moscow", ConfirmationLevel.ONE_GOVERNMENT,
				"One government gave an account: Russia (Yuri Ushakov).");
		expect("2025-07-10-rubio-lavrov-meeting-kuala-lumpur", ConfirmationLevel.ONE_GOVERNMENT,
				"Russia (Russian Ministry of Foreign Affairs)");
		// Russia's allegation disputed by Zelensky: Ukraine is not a side of the call.
		expect("2025-12-29-trump-putin-phone-call", ConfirmationLevel.ONE_GOVERNMENT, "Russia (Kremlin)");
		expect("2025-03-15-starmer-virtual-leaders-meeting", ConfirmationLevel.ONE_GOVERNMENT,
				"another government (United Kingdom)");
		// Kyiv Independent and Tiroler Tageszeitung; the Kremlin's confirmation is a
		// claim.
		expect("2025-03-12-waltz-ushakov-phone-call", ConfirmationLevel.REPORTED,
				"Reported by 2 independent outlets (The Kyiv Independent, Tiroler Tageszeitung)");
		expect("2025-03-20-ushakov-waltz-phone-call", ConfirmationLevel.REPORTED,
				"Known only from state media (TASS), and a source of unknown voice (360ua.news)");
		expect("2025-08-15-trump-putin-summit-anchorage", ConfirmationLevel.REPORTED,
				"one independent outlet (The Spokesman-Review), and a reprint (News.mail.ru)");
		expect("2026-03-11-dmitriev-witkoff-kushner-meeting-florida", ConfirmationLevel.REPORTED,
				"Known only from a reprint of reports the record does not hold (Devdiscourse)");
		expect("2025-02-11-witkoff-putin-meeting-moscow", ConfirmationLevel.REPORTED,
				"one independent outlet (The Moscow Times)");
		expect("2025-03-13-witkoff-putin-meeting-moscow", ConfirmationLevel.DISPUTED,
				"Donald Trump disputes what a source reports");
		// Rubio's attendance: Witkoff's own list of participants leaves him out.
		expect("2025-12-20-dmitriev-witkoff-kushner-meetings-miami", ConfirmationLevel.DISPUTED,
				"Steve Witkoff disputes what a source reports: \u201cSecretary of State Marco Rubio took part");
		expect("2026-01-31-dmitriev-meeting-miami", ConfirmationLevel.DISPUTED, "Steve Witkoff disputes");
		expect("2025-10-22-trump-putin-summit-budapest", ConfirmationLevel.CANCELLED, "Called off");
		expect("2025-10-23-rubio-lavrov-meeting-budapest", ConfirmationLevel.CANCELLED, "Called off");
		expect("2025-06-16-us-russia-embassy-talks-moscow-cancelled", ConfirmationLevel.CANCELLED, "Called off");
		expect("2026-03-trilateral-talks-abu-dhabi-postponed", ConfirmationLevel.PLANNED, "Postponed");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventReadService events;

	@Autowired
	EventWriteService writes;

	@Autowired
	SourceWriteService sources;

	@Autowired
	Confirmations confirmations;

	static void expect(String slug, ConfirmationLevel level, String reason) {
		BY_HAND.put(slug, new Expected(level, reason));
	}

	@Test
	void theContactsWrittenOutByHandHaveTheirLevelAndReason() {
		assertThat(BY_HAND).hasSizeGreaterThanOrEqualTo(15);
		assertThat(BY_HAND.values()).extracting(Expected::level).containsAll(List.of(ConfirmationLevel.values()));
		BY_HAND.forEach((slug, expected) -> {
			Confirmation shown = this.events.findEvent(slug).orElseThrow().confirmation();
			assertThat(shown.level()).as(slug).isEqualTo(expected.level());
			assertThat(shown.reason()).as(slug).contains(expected.reason());
		});
	}

	@Test
	void everyEventsStoredLevelIsWhatTheRulesSayOfItNow() {
		List<Long> ids = this.jdbc.sql("select id from event order by id").query(Long.class).list();
		assertThat(ids).hasSizeGreaterThan(60);
		for (Long id : ids) {
			Confirmation stored = this.jdbc.sql("select confirmation, confirmation_reason from event where id = :id")
				.param("id", id)
				.query((rs, row) -> Confirmation.of(rs.getString(1), rs.getString(2)))
				.single();
			assertThat(stored).as("event #" + id).isEqualTo(this.confirmations.outlook(id).confirmation());
		}
	}

	@Test
	void theFilterKeepsExactlyTheContactsOfThatLevel() {
		List<EventSummary> all = this.events.findAll(EventFilter.ALL, 1000);
		for (ConfirmationLevel level : ConfirmationLevel.values()) {
			assertThat(this.events.findAll(EventFilter.ALL.withConfirmations(List.of(level)), 1000)).as(level.name())
				.isNotEmpty()
				.isEqualTo(all.stream().filter((event) -> event.confirmation().level() == level).toList());
		}
		EventFilter leaders = EventFilter.ALL.withChannels(List.of(Channel.LEADERS));
		assertThat(this.events.findAll(leaders.withConfirmations(List.of(ConfirmationLevel.BOTH_GOVERNMENTS)), 1000))
			.isEqualTo(this.events.findAll(leaders, 1000)
				.stream()
				.filter((event) -> event.confirmation().level() == ConfirmationLevel.BOTH_GOVERNMENTS)
				.toList());
	}

	@Test
	void reprintsOfOneReportCountOnceAndAChangedVoiceIsSeenAtOnce() {
		long tass = newSource("TASS", Voice.STATE_MEDIA, null);
		long copy = newSource("News-Pravda.com", Voice.AGGREGATOR, tass);
		long other = newSource("Pravda EN", Voice.AGGREGATOR, tass);
		SavedEvent saved = this.writes.create(EventDataBuilder.aPhoneCall()
			.title("A call known from reprints")
			.on("2024-01-05")
			.principals("marco-rubio", "sergei-lavrov")
			.sources(copy, other)
			.build(), ADMIN);
		Confirmation reprints = current(saved.slug());
		assertThat(reprints.level()).isEqualTo(ConfirmationLevel.REPORTED);
		assertThat(reprints.reason()).isEqualTo("Known only from state media (TASS); no government gave an account.");
		// The original turns out to be the Kremlin's own text: both reprints are its
		// account.
		SourceWriteService.Editable original = this.sources.findEditable(tass).orElseThrow();
		SourceData kremlin = original.data();
		this.sources.update(tass,
				new SourceData("Kremlin.ru", kremlin.title(), kremlin.url(), kremlin.language(), kremlin.published(),
						kremlin.publishedPrecision(), null, null, Voice.RUSSIAN_GOVERNMENT, null, null),
				original.version(), ADMIN);
		Confirmation changed = current(saved.slug());
		assertThat(changed.level()).isEqualTo(ConfirmationLevel.ONE_GOVERNMENT);
		assertThat(changed.reason()).isEqualTo("One government gave an account: Russia (Kremlin.ru).");
		// A US readout added to the event makes it both governments'.
		EditableEvent editable = this.events.findEditable(saved.slug()).orElseThrow();
		this.writes.update(saved.slug(), EventDataBuilder.from(editable.data())
			.readouts(new EventData.ReadoutData(Side.US, "us-state-department", "They spoke.", List.of(), copy, null))
			.build(), editable.version(), ADMIN);
		assertThat(current(saved.slug()).level()).isEqualTo(ConfirmationLevel.BOTH_GOVERNMENTS);
		assertThat(this.confirmations.outlook(editable.id()).next()).isEmpty();
	}

	private Confirmation current(String slug) {
		return this.events.findPreview(slug).orElseThrow().event().confirmation();
	}

	private long newSource(String outlet, Voice voice, Long reprintOf) {
		return this.sources
			.create(new SourceData(outlet, "[Report on a call]", null, "en", "2024-01-06", DatePrecision.DAY, null,
					null, voice, (voice == Voice.STATE_MEDIA) ? "Russia" : null, reprintOf), ADMIN)
			.id();
	}

	record Expected(ConfirmationLevel level, String reason) {
	}

}
