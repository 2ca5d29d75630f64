package org.backchannel.account;

import java.time.Duration;
import java.time.Instant;

/**
 * One growing-delay rule: the first {@code allowance} failures cost nothing; after that,
 * each failure makes the next attempt wait {@code firstDelay}, then twice that, and so on
 * up to {@code maxDelay}, counted from the last failure.
 *
 * @param allowance failures without any wait
 * @param firstDelay the wait after the first failure past the allowance
 * @param maxDelay the longest wait
 */
record ThrottlePolicy(int allowance, Duration firstDelay, Duration maxDelay) {

	/**
	 * The wait that {@code failures} failures impose after the last one.
	 */
	Duration wait(int failures) {
		if (failures <= this.allowance) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - this.allowance - 1, 30);
		Duration wait = this.firstDelay.multipliedBy(1L << doublings);
		return (wait.compareTo(this.maxDelay) > 0) ? this.maxDelay : wait;
	}

	/**
	 * Whether an attempt at {@code now} comes too early after these failures.
	 */
	boolean blocks(Failures failures, Instant now) {
		return failures != null && now.isBefore(failures.last().plus(wait(failures.count())));
	}

	/**
	 * How many failures in a row, and when the last one was.
	 */
	record Failures(int count, Instant last) {

		Failures next(Instant now) {
			return new Failures(this.count + 1, now);
		}

	}

}
