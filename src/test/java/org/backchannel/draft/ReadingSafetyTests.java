package org.backchannel.draft;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile texts (issue 29, item 3): "the call on a March 3" repeated took 360 s of CPU
 * for 50,000 characters. Sentences are now cut at {@link Sentences#MAX_LENGTH}
 * characters, at most {@link Sentences#MAX_SENTENCES} are read and the reading runs under
 * a deadline, so the work is linear and bounded. The time limits here are guards ten
 * times and more above what the reading takes, not measurements (those are in
 * {@code DraftBenchmark}).
 */
class ReadingSafetyTests {

	static final ReportExtractor EXTRACTOR = ReportExtractorTests.EXTRACTOR;

	/** The proposal's outcome, or REFUSED when the budget ran out. */
	static DraftProposal.Outcome read(String text) {
		return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			try {
				return EXTRACTOR.extract(text, LocalDate.parse("2025-03-04"), Deadline.in(Duration.ofSeconds(2)))
					.outcome();
			}
			catch (Deadline.Exceeded ex) {
				return DraftProposal.Outcome.REFUSED;
			}
		});
	}

	@Test
	void fiftyThousandCharactersOfARepeatedDatePhraseAreReadQuickly() {
		String text = "the call on a March 3 ".repeat(50_000 / 22);
		assertThat(read(text)).isNotNull();
	}

	@Test
	void aMegabyteOfTextWithoutFullStopsOrSpacesIsBounded() {
		String text = "Putin".repeat(200_000);
		assertThat(read(text)).isNotNull();
	}

	@Test
	void aMegabyteOfNamesAndDatesIsReadOnlyAsFarAsTheSentenceCap() {
		String text = "Putin spoke with Trump on March 3, Peskov said. ".repeat(1_000_000 / 48);
		assertThat(read(text)).isNotNull();
	}

	@Test
	void aSpentDeadlineStopsTheReading() {
		Deadline spent = new Deadline(Duration.ZERO, new java.util.concurrent.atomic.AtomicLong()::incrementAndGet);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> EXTRACTOR.extract("Rubio spoke with Lavrov on Sunday.", LocalDate.parse("2025-03-04"), spent))
			.isInstanceOf(Deadline.Exceeded.class);
	}

}
