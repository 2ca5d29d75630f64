package org.backchannel.draft;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

/**
 * What {@code bench.DraftBenchmark} needs from this package: a long report and a reading.
 */
public final class ReadingBenchmarks {

	private ReadingBenchmarks() {
	}

	/** Corpus excerpts joined until the text has 2,000 words. */
	public static String twoThousandWords() throws IOException {
		StringBuilder out = new StringBuilder();
		int words = 0;
		while (words < 2_000) {
			for (JsonNode c : CorpusScore.corpus()) {
				String text = c.get("text").asString();
				out.append(text).append("\n\n");
				words += text.split("\\s+").length;
				if (words >= 2_000) {
					break;
				}
			}
		}
		return out.toString();
	}

	public static DraftProposal read(String text, LocalDate published) {
		return ReportExtractorTests.EXTRACTOR.extract(text, published, Deadline.in(Duration.ofSeconds(5)));
	}

}
