package org.backchannel.draft.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.backchannel.draft.ReadingBenchmarks;

/**
 * A benchmark, not a test (no JUnit annotation: the build does not run it). Reads a
 * 2,000-word report, made of corpus excerpts, 200 times after 50 warm-up readings with
 * the offline dictionary and prints the median and 95th percentile. Run it with
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.backchannel.draft.bench.DraftBenchmark}, or from an IDE.
 */
public final class DraftBenchmark {

	private DraftBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String report = ReadingBenchmarks.twoThousandWords();
		LocalDate published = LocalDate.parse("2025-10-20");
		for (int i = 0; i < 50; i++) {
			ReadingBenchmarks.read(report, published);
		}
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			long t = System.nanoTime();
			ReadingBenchmarks.read(report, published);
			micros.add((System.nanoTime() - t) / 1_000);
		}
		Collections.sort(micros);
		System.out.printf("2,000-word report (%d characters): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
				report.length(), micros.get(100) / 1000.0, micros.get(189) / 1000.0,
				micros.get(micros.size() - 1) / 1000.0);
	}

}
