package org.backchannel.draft;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A time budget for reading one report: the reader checks it between steps and between
 * sentences, and gives up (with {@link Exceeded}) once it has run out, so a hostile text
 * cannot hold a worker, and nothing goes on after the answer.
 */
final class Deadline {

	/** The budget ran out. */
	static final class Exceeded extends RuntimeException {

		Exceeded(Duration budget) {
			super("Reading took longer than " + budget.toMillis() + " ms.", null, false, false);
		}

	}

	private final LongSupplier nanos;

	private final long end;

	private final Duration budget;

	Deadline(Duration budget, LongSupplier nanos) {
		this.nanos = nanos;
		this.budget = budget;
		this.end = nanos.getAsLong() + budget.toNanos();
	}

	static Deadline in(Duration budget) {
		return new Deadline(budget, System::nanoTime);
	}

	/** None: for readings that are bounded otherwise (tests). */
	static Deadline none() {
		return new Deadline(Duration.ofDays(365), System::nanoTime);
	}

	void check() {
		if (this.nanos.getAsLong() - this.end > 0) {
			throw new Exceeded(this.budget);
		}
	}

	Duration budget() {
		return this.budget;
	}

}
