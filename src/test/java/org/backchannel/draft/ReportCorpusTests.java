package org.backchannel.draft;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.assertj.core.api.SoftAssertions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader on real report excerpts it was not written from (drafts/reports.json:
 * outlet, title, address and date as the search tool returned them, each labelled by
 * hand). The corpus was split ONCE, before any tuning, by the hash of each case's id: the
 * held-out third is scored here but was never looked at while the rules were tuned; only
 * the tuning part was. Both parts' per-field scores are printed; the floors hold on the
 * held-out part.
 *
 * <p>
 * A second held-out batch (drafts/reports-new-held-out.json,
 * {@link CorpusScore#NEW_HELD_OUT}) was added on 7 December 2026: 50 further excerpts
 * found with the search tool and labelled before the reader was run on them; it was
 * scored first, before any rule was changed, and is held out whole: never tuned on, its
 * misses never printed.
 *
 * <p>
 * A third held-out batch (drafts/reports-third-held-out.json,
 * {@link CorpusScore#THIRD_HELD_OUT}) was added the same night, with a further batch for
 * the tuning part (drafts/reports-tuning-added.json): the third batch was scored and its
 * score committed before any rule changed, and it is held out whole like the second. Each
 * held-out part has its own {@link Floors}.
 *
 * <p>
 * A fourth held-out batch (drafts/reports-fourth-held-out.json,
 * {@link CorpusScore#FOURTH_HELD_OUT}) was collected and committed on 7 December 2026
 * (fourth session) before any rule of that session changed; the session's tuning used
 * only the tuning part and new tuning excerpts, and the fourth batch was scored once, at
 * the end.
 *
 * <p>
 * A fifth held-out batch (drafts/reports-fifth-held-out.json,
 * {@link CorpusScore#FIFTH_HELD_OUT}) was collected and labelled blind on 7 December 2026
 * (fifth session) by one helper who changed no rule and never ran the reader on it, while
 * another tuned the rules on the tuning part alone without seeing it; it was scored once,
 * after both were merged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCorpusTests {

	@Autowired
	DraftService drafts;

	CorpusScore tuning;

	CorpusScore heldOut;

	CorpusScore newBatch;

	CorpusScore thirdBatch;

	CorpusScore fourthBatch;

	CorpusScore fifthBatch;

	/**
	 * Each text is read as an editor's would be, under a deadline long enough that a busy
	 * build machine never turns a text away: the scores are what the reader finds
	 * ({@code ReadingSafetyTests} and {@code DeadlineAndLanguagesTests} check the
	 * deadline).
	 */
	@BeforeAll
	void readAllParts() throws IOException {
		BiFunction<String, LocalDate, DraftProposal> reader = (text, published) -> this.drafts.propose(text, published,
				null, Duration.ofMinutes(1));
		this.tuning = CorpusScore.run(CorpusScore.TUNING, reader);
		this.heldOut = CorpusScore.run(CorpusScore.HELD_OUT, reader);
		this.newBatch = CorpusScore.run(CorpusScore.NEW_HELD_OUT, reader);
		this.thirdBatch = CorpusScore.run(CorpusScore.THIRD_HELD_OUT, reader);
		this.fourthBatch = CorpusScore.run(CorpusScore.FOURTH_HELD_OUT, reader);
		this.fifthBatch = CorpusScore.run(CorpusScore.FIFTH_HELD_OUT, reader);
		CorpusScore all = CorpusScore.combined("ALL FIVE HELD-OUT", this.heldOut, this.newBatch, this.thirdBatch,
				this.fourthBatch, this.fifthBatch);
		System.out.println("\nFrom report to draft, real excerpts" + this.tuning.report() + this.heldOut.report()
				+ this.newBatch.report() + this.thirdBatch.report() + this.fourthBatch.report()
				+ this.fifthBatch.report() + all.report());
	}

	@Test
	void theLaterBatchesAreRealVariedAndApartFromEachOther() throws IOException {
		Set<String> seen = new HashSet<>();
		CorpusScore.corpus().forEach((c) -> assertThat(seen.add(c.get("url").asString())).isTrue());
		checkBatch(CorpusScore.newBatch(), CorpusScore.NEW_HELD_OUT, seen, 30, 20, 10, 10);
		checkBatch(CorpusScore.thirdBatch(), CorpusScore.THIRD_HELD_OUT, seen, 15, 12, 10, 5);
		checkBatch(CorpusScore.fourthBatch(), CorpusScore.FOURTH_HELD_OUT, seen, 25, 20, 8, 8);
		checkBatch(CorpusScore.fifthBatch(), CorpusScore.FIFTH_HELD_OUT, seen, 40, 30, 14, 20);
		checkBatch(CorpusScore.tuningAdded(), CorpusScore.TUNING, seen, 15, 12, 10, 5);
	}

	private static void checkBatch(JsonNode batch, String part, Set<String> seen, int size, int outletCount,
			int noneCount, int russianCount) {
		assertThat(batch.size()).isGreaterThanOrEqualTo(size);
		Set<String> outlets = new HashSet<>();
		int none = 0;
		int russian = 0;
		for (JsonNode c : batch) {
			assertThat(c.get("part").asString()).as(c.get("id").asString()).isEqualTo(part);
			assertThat(c.get("url").asString()).as(c.get("id").asString()).startsWith("http");
			assertThat(seen.add(c.get("url").asString())).as("a new address: " + c.get("id").asString()).isTrue();
			outlets.add(c.get("outlet").asString());
			none += c.get("contact").asBoolean() ? 0 : 1;
			russian += "ru".equals(c.get("language").asString()) ? 1 : 0;
		}
		assertThat(outlets).hasSizeGreaterThanOrEqualTo(outletCount);
		assertThat(none).isGreaterThanOrEqualTo(noneCount);
		assertThat(russian).isGreaterThanOrEqualTo(russianCount);
	}

	@Test
	void theCorpusIsLargeVariedAndSplitOnceByTheHashOfEachId() throws IOException {
		JsonNode all = CorpusScore.corpus();
		assertThat(all.size()).isGreaterThanOrEqualTo(150);
		Set<String> outlets = new HashSet<>();
		int none = 0;
		int russian = 0;
		for (JsonNode c : all) {
			assertThat(c.get("part").asString()).as(c.get("id").asString())
				.isEqualTo(CorpusScore.partOf(c.get("id").asString()));
			outlets.add(c.get("outlet").asString());
			none += c.get("contact").asBoolean() ? 0 : 1;
			russian += "ru".equals(c.get("language").asString()) ? 1 : 0;
		}
		assertThat(outlets).hasSizeGreaterThanOrEqualTo(20);
		assertThat(none).isGreaterThanOrEqualTo(30);
		assertThat(russian).isGreaterThanOrEqualTo(20);
	}

	@Test
	void aCancelledRoundWithNoOneNamedIsTheOneCancelledRoundRecordedNearIt() {
		DraftProposal p = this.drafts.propose("The next round of Russian-American consultations on the work of the "
				+ "embassies, which was to be held in Moscow, has been cancelled, the Russian Foreign Ministry said.",
				java.time.LocalDate.parse("2025-06-12"));
		assertThat(p.status().value()).as(p.outcome() + " " + p.outcomeReason())
			.isEqualTo(org.backchannel.event.ContactStatus.CANCELLED);
		assertThat(p.duplicate().value().slug()).isEqualTo("2025-06-16-us-russia-embassy-talks-moscow-cancelled");
	}

	@Test
	void theFirstHeldOutPartHoldsItsFloors() {
		Floors.FIRST_HELD_OUT.holdOn(this.heldOut);
	}

	@Test
	void theNewHeldOutBatchHoldsItsFloors() {
		Floors.NEW_BATCH.holdOn(this.newBatch);
	}

	@Test
	void theThirdHeldOutBatchHoldsItsFloors() {
		Floors.THIRD_BATCH.holdOn(this.thirdBatch);
	}

	@Test
	void theFourthHeldOutBatchHoldsItsFloors() {
		Floors.FOURTH_BATCH.holdOn(this.fourthBatch);
	}

	@Test
	void theFifthHeldOutBatchHoldsItsFloors() {
		Floors.FIFTH_BATCH.holdOn(this.fifthBatch);
	}

	/**
	 * The floors a held-out part holds, BELOW ISSUE 23'S TARGETS: the figures each part
	 * reached when the work stopped, set so the build guards against regressions; they
	 * may rise to what is reached, never above, and are never lowered. Issue 23 asks for:
	 * date exact 90 % with 0 invented, participants 90 % / 90 %, type 90 %, status 90 %,
	 * recorded contact 95 % with none wrongly claimed, no contact recognised 90 %. No
	 * held-out part was tuned on.
	 */
	record Floors(double dateExact, int datesInvented, double participantRecall, double participantPrecision,
			double type, double status, double recordedFound, int recordedWrong, double nonContact) {

		/**
		 * The held-out third of drafts/reports.json (raised on 7 December 2026;
		 * participant precision raised to 91.6 % and recorded contact found to 75.6 % (28
		 * of 37) in the fifth session).
		 */
		static final Floors FIRST_HELD_OUT = new Floors(72.0, 0, 84.0, 91.6, 86.0, 89.0, 75.6, 0, 72.0);

		/**
		 * The second batch. Scored before any tuning (7 December 2026): date exact 57.6 %
		 * (19 of 33, 2 invented), participants 86.2 / 91.8 %, type 66.7 %, status 81.8 %,
		 * recorded contact 69.7 % (23 of 33, none wrongly claimed), no contact recognised
		 * 47.1 % (8 of 17). No contact recognised raised to 52.9 % (9 of 17) after the
		 * tuning-part work of the night's second session; participant precision raised to
		 * 96.6 % after the fourth session; date exact raised to 66.6 % (22 of 33) after
		 * the fifth.
		 */
		static final Floors NEW_BATCH = new Floors(66.6, 1, 86.0, 96.0, 72.0, 84.0, 72.0, 0, 52.0);

		/**
		 * The third batch (6 texts reporting a contact, 13 reporting none), scored before
		 * any rule changed after it was written: date exact 100 % (6 of 6, none
		 * invented), participants 100 / 100 %, type 100 %, status 100 %, recorded contact
		 * 100 % (5 of 5) but 1 wrongly claimed, no contact recognised 69.2 % (9 of 13).
		 */
		static final Floors THIRD_BATCH = new Floors(100.0, 0, 100.0, 100.0, 100.0, 100.0, 100.0, 1, 69.0);

		/**
		 * The fourth batch (19 texts reporting a contact, 12 reporting none), committed
		 * before the fourth session changed any rule and scored once, at its end: date
		 * exact 52.6 % (1 invented), participants 80.4 / 86.0 %, type 78.9 %, status 84.2
		 * %, recorded contact 63.2 % (12 of 19) with 3 wrongly claimed, no contact
		 * recognised 100 % (12 of 12).
		 */
		static final Floors FOURTH_BATCH = new Floors(52.0, 1, 80.0, 85.9, 78.0, 84.0, 63.0, 3, 100.0);

		/**
		 * The fifth batch (29 texts reporting a contact, 14 reporting none), labelled
		 * blind and scored once after the fifth session's rules were merged: date exact
		 * 41.4 % (4 invented), participants 82.5 / 76.5 %, type 72.4 %, status 72.4 %,
		 * recorded contact 56.3 % (9 of 16) with 4 wrongly claimed, no contact recognised
		 * 92.9 % (13 of 14).
		 */
		static final Floors FIFTH_BATCH = new Floors(41.0, 4, 82.0, 76.0, 72.0, 72.0, 56.0, 4, 92.0);

		void holdOn(CorpusScore s) {
			SoftAssertions soft = new SoftAssertions();
			soft.assertThat(s.dateExact()).as("date exact").isGreaterThanOrEqualTo(this.dateExact);
			soft.assertThat(s.datesInvented).as("dates invented").isLessThanOrEqualTo(this.datesInvented);
			soft.assertThat(s.participantRecall())
				.as("participant recall")
				.isGreaterThanOrEqualTo(this.participantRecall);
			soft.assertThat(s.participantPrecision())
				.as("participant precision")
				.isGreaterThanOrEqualTo(this.participantPrecision);
			soft.assertThat(s.type()).as("type").isGreaterThanOrEqualTo(this.type);
			soft.assertThat(s.status()).as("status").isGreaterThanOrEqualTo(this.status);
			soft.assertThat(s.recordedFound()).as("recorded contact found").isGreaterThanOrEqualTo(this.recordedFound);
			soft.assertThat(s.recordedWrong)
				.as("recorded contact wrongly claimed")
				.isLessThanOrEqualTo(this.recordedWrong);
			soft.assertThat(s.nonContact()).as("no contact recognised").isGreaterThanOrEqualTo(this.nonContact);
			soft.assertAll();
		}

	}

}
