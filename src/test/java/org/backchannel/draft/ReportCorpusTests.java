package org.backchannel.draft;

import java.io.IOException;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
 * misses never printed. Its floors are in {@link NewBatchFloors}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCorpusTests {

	@Autowired
	DraftService drafts;

	CorpusScore tuning;

	CorpusScore heldOut;

	CorpusScore newBatch;

	@BeforeAll
	void readAllParts() throws IOException {
		this.tuning = CorpusScore.run(CorpusScore.TUNING, this.drafts::propose);
		this.heldOut = CorpusScore.run(CorpusScore.HELD_OUT, this.drafts::propose);
		this.newBatch = CorpusScore.run(CorpusScore.NEW_HELD_OUT, this.drafts::propose);
		CorpusScore both = CorpusScore.combined("BOTH HELD-OUT", this.heldOut, this.newBatch);
		System.out.println("\nFrom report to draft, real excerpts" + this.tuning.report() + this.heldOut.report()
				+ this.newBatch.report() + both.report());
	}

	@Test
	void theNewHeldOutBatchIsRealVariedAndApartFromTheFirstCorpus() throws IOException {
		java.util.Set<String> first = new java.util.HashSet<>();
		CorpusScore.corpus().forEach((c) -> first.add(c.get("url").asString()));
		JsonNode batch = CorpusScore.newBatch();
		assertThat(batch.size()).isGreaterThanOrEqualTo(30);
		java.util.Set<String> outlets = new java.util.HashSet<>();
		int none = 0;
		int russian = 0;
		for (JsonNode c : batch) {
			assertThat(c.get("part").asString()).as(c.get("id").asString()).isEqualTo(CorpusScore.NEW_HELD_OUT);
			assertThat(c.get("url").asString()).as(c.get("id").asString()).startsWith("http").isNotIn(first);
			outlets.add(c.get("outlet").asString());
			none += c.get("contact").asBoolean() ? 0 : 1;
			russian += "ru".equals(c.get("language").asString()) ? 1 : 0;
		}
		assertThat(outlets).hasSizeGreaterThanOrEqualTo(20);
		assertThat(none).isGreaterThanOrEqualTo(10);
		assertThat(russian).isGreaterThanOrEqualTo(10);
	}

	@Test
	void theNewHeldOutBatchHoldsItsFloors() {
		assertThat(this.newBatch.dateExact()).isGreaterThanOrEqualTo(NewBatchFloors.DATE_EXACT);
		assertThat(this.newBatch.datesInvented).isLessThanOrEqualTo(NewBatchFloors.DATES_INVENTED);
		assertThat(this.newBatch.participantRecall()).isGreaterThanOrEqualTo(NewBatchFloors.PARTICIPANT_RECALL);
		assertThat(this.newBatch.participantPrecision()).isGreaterThanOrEqualTo(NewBatchFloors.PARTICIPANT_PRECISION);
		assertThat(this.newBatch.type()).isGreaterThanOrEqualTo(NewBatchFloors.TYPE);
		assertThat(this.newBatch.status()).isGreaterThanOrEqualTo(NewBatchFloors.STATUS);
		assertThat(this.newBatch.recordedFound()).isGreaterThanOrEqualTo(NewBatchFloors.RECORDED_FOUND);
		assertThat(this.newBatch.recordedWrong).isLessThanOrEqualTo(NewBatchFloors.RECORDED_WRONG);
		assertThat(this.newBatch.nonContact()).isGreaterThanOrEqualTo(NewBatchFloors.NON_CONTACT);
	}

	@Test
	void theCorpusIsLargeVariedAndSplitOnceByTheHashOfEachId() throws IOException {
		JsonNode all = CorpusScore.corpus();
		assertThat(all.size()).isGreaterThanOrEqualTo(150);
		java.util.Set<String> outlets = new java.util.HashSet<>();
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
	void heldOutDatesAreExactAndNoneIsInvented() {
		assertThat(this.heldOut.dateExact()).isGreaterThanOrEqualTo(Floors.DATE_EXACT);
		assertThat(this.heldOut.datesInvented).isLessThanOrEqualTo(Floors.DATES_INVENTED);
	}

	@Test
	void heldOutParticipantsAreFoundAndSpokespeopleLeftOut() {
		assertThat(this.heldOut.participantRecall()).isGreaterThanOrEqualTo(Floors.PARTICIPANT_RECALL);
		assertThat(this.heldOut.participantPrecision()).isGreaterThanOrEqualTo(Floors.PARTICIPANT_PRECISION);
	}

	@Test
	void heldOutTypesAndStatusesAreRight() {
		assertThat(this.heldOut.type()).isGreaterThanOrEqualTo(Floors.TYPE);
		assertThat(this.heldOut.status()).isGreaterThanOrEqualTo(Floors.STATUS);
	}

	@Test
	void heldOutRecordedContactsAreFoundAndNoneWronglyClaimed() {
		assertThat(this.heldOut.recordedFound()).isGreaterThanOrEqualTo(Floors.RECORDED_FOUND);
		assertThat(this.heldOut.recordedWrong).isLessThanOrEqualTo(Floors.RECORDED_WRONG);
	}

	@Test
	void heldOutTextsReportingNoContactAreRecognised() {
		assertThat(this.heldOut.nonContact()).isGreaterThanOrEqualTo(Floors.NON_CONTACT);
	}

	/**
	 * The floors held on the held-out part. BELOW ISSUE 23'S TARGETS: these are the
	 * figures reached when the work stopped (raised on 7 December 2026), set so the build
	 * guards against regressions; they were not met. Issue 23 asks for: date exact 90 %
	 * with 0 invented, participants 90 % / 90 %, type 90 %, status 90 %, recorded contact
	 * 95 % with none wrongly claimed, no contact recognised 90 %. The held-out part was
	 * never tuned on.
	 */
	static final class Floors {

		static final double DATE_EXACT = 72.0; // issue 23: 90

		static final int DATES_INVENTED = 0; // issue 23: 0

		static final double PARTICIPANT_RECALL = 84.0; // issue 23: 90

		static final double PARTICIPANT_PRECISION = 89.0; // issue 23: 90

		static final double TYPE = 86.0; // issue 23: 90

		static final double STATUS = 89.0; // issue 23: 90

		static final double RECORDED_FOUND = 72.0; // issue 23: 95

		static final int RECORDED_WRONG = 0; // issue 23: 0

		static final double NON_CONTACT = 72.0; // issue 23: 90

	}

	/**
	 * The floors held on the second held-out batch, BELOW ISSUE 23'S TARGETS (the same as
	 * for the first held-out part): the figures it reached, set so the build guards
	 * against regressions. Scored before any tuning (7 December 2026): date exact 57.6 %
	 * (19 of 33, 2 invented), participants 86.2 / 91.8 %, type 66.7 %, status 81.8 %,
	 * recorded contact 69.7 % (23 of 33, none wrongly claimed), no contact recognised
	 * 47.1 % (8 of 17). After the tuning-part work of that night: date 63.6 % (21 of 33,
	 * 1 invented), participants 86.2 / 93.3 %, type 72.7 %, status 84.8 %, recorded 72.7
	 * % (24 of 33, none wrongly claimed), no contact 47.1 %.
	 */
	static final class NewBatchFloors {

		static final double DATE_EXACT = 63.0; // issue 23: 90

		static final int DATES_INVENTED = 1; // issue 23: 0

		static final double PARTICIPANT_RECALL = 86.0; // issue 23: 90

		static final double PARTICIPANT_PRECISION = 93.0; // issue 23: 90

		static final double TYPE = 72.0; // issue 23: 90

		static final double STATUS = 84.0; // issue 23: 90

		static final double RECORDED_FOUND = 72.0; // issue 23: 95

		static final int RECORDED_WRONG = 0; // issue 23: 0

		static final double NON_CONTACT = 47.0; // issue 23: 90

	}

}
