package org.backchannel.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growing delays after failed sign-ins, on a clock the test moves.
 */
class SignInThrottleTests {

	static final SignInThrottling SETTINGS = new SignInThrottling(3, 10, 10, Duration.ofSeconds(1),
			Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofMinutes(15));

	final MovingClock clock = new MovingClock();

	final SignInThrottle throttle = throttle(SETTINGS);

	/**
	 * A throttle counting in memory; {@code SharedSignInThrottleTests} runs the same
	 * cases on the database's counts.
	 */
	SignInThrottle throttle(SignInThrottling settings) {
		return new SignInThrottle(settings, Optional.of(this.clock));
	}

	@Test
	void theWaitDoublesAfterEachFailurePastTheAllowanceUpToTheCap() {
		ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60));
		assertThat(policy.wait(0)).isZero();
		assertThat(policy.wait(3)).isZero();
		assertThat(policy.wait(4)).hasSeconds(1);
		assertThat(policy.wait(5)).hasSeconds(2);
		assertThat(policy.wait(6)).hasSeconds(4);
		assertThat(policy.wait(9)).hasSeconds(32);
		assertThat(policy.wait(10)).hasSeconds(60);
		assertThat(policy.wait(Integer.MAX_VALUE)).hasSeconds(60);
	}

	@Test
	void threeMistakesCostNothingTheFourthMakesTheNextAttemptWaitASecond() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.throttle.isThrottled("203.0.113.1", "ada")).isFalse();
			this.throttle.recordFailure("203.0.113.1", "ada");
		}
		assertThat(this.throttle.isThrottled("203.0.113.1", "ada")).isFalse();
		this.throttle.recordFailure("203.0.113.1", "ada");
		assertThat(this.throttle.isThrottled("203.0.113.1", "ADA")).as("names match in any case").isTrue();
		this.clock.advance(Duration.ofMillis(999));
		assertThat(this.throttle.isThrottled("203.0.113.1", "ada")).isTrue();
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.throttle.isThrottled("203.0.113.1", "ada")).isFalse();
		this.throttle.recordFailure("203.0.113.1", "ada");
		this.clock.advance(Duration.ofMillis(1999));
		assertThat(this.throttle.isThrottled("203.0.113.1", "ada")).as("the fifth failure doubles the wait").isTrue();
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.throttle.isThrottled("203.0.113.1", "ada")).isFalse();
	}

	@Test
	void attemptsWhileWaitingAreNotCountedSoWaitingOutTheDelayIsEnough() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("203.0.113.2", "bob");
		}
		// the provider does not record attempts refused as too early: hammering changes
		// nothing
		for (int i = 0; i < 100; i++) {
			assertThat(this.throttle.isThrottled("203.0.113.2", "bob")).isTrue();
		}
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.isThrottled("203.0.113.2", "bob")).isFalse();
	}

	@Test
	void anotherClientIsNotSlowedByOneClientsMistakesUntilTheAccountsOwnAllowanceIsUsedUp() {
		for (int i = 0; i < 10; i++) {
			this.throttle.recordFailure("203.0.113.3", "carol");
			this.clock.advance(Duration.ofMinutes(1));
		}
		assertThat(this.throttle.isThrottled("198.51.100.1", "carol")).isFalse();
		this.throttle.recordFailure("203.0.113.3", "carol");
		assertThat(this.throttle.isThrottled("198.51.100.1", "carol")).as("the account's own, gentler wait").isTrue();
		assertThat(this.throttle.accountWaitsUntil("carol")).hasValue(this.clock.instant().plusSeconds(1));
		for (int i = 0; i < 50; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			this.throttle.recordFailure("203.0.113." + (10 + i), "carol");
		}
		assertThat(this.throttle.accountWaitsUntil("carol")).as("capped at 15 seconds, never a lock-out")
			.hasValue(this.clock.instant().plusSeconds(15));
		this.clock.advance(Duration.ofSeconds(15));
		assertThat(this.throttle.isThrottled("198.51.100.1", "carol")).isFalse();
	}

	@Test
	void oneClientTryingManyNamesIsSlowedDownOnEveryName() {
		for (int i = 0; i < 11; i++) {
			this.throttle.recordFailure("203.0.113.4", "name-" + i);
		}
		assertThat(this.throttle.isThrottled("203.0.113.4", "someone-else")).isTrue();
		assertThat(this.throttle.isThrottled("198.51.100.2", "someone-else")).isFalse();
	}

	@Test
	void aSuccessOrAnUnlockForgetsTheAccountsFailuresButNotTheClientsElsewhere() {
		for (int i = 0; i < 11; i++) {
			this.throttle.recordFailure("203.0.113.5", "dave");
		}
		this.clock.advance(Duration.ofMinutes(2));
		this.throttle.recordSuccess("203.0.113.5", "dave");
		assertThat(this.throttle.accountFailures("dave")).isZero();
		this.throttle.recordFailure("203.0.113.5", "dave");
		assertThat(this.throttle.isThrottled("203.0.113.5", "dave")).as("the client's own count goes on").isTrue();

		for (int i = 0; i < 11; i++) {
			this.throttle.recordFailure("203.0.113.6", "erin");
			this.throttle.recordFailure("203.0.113.7", "erin");
		}
		this.throttle.unlock("Erin");
		assertThat(this.throttle.accountFailures("erin")).isZero();
		assertThat(this.throttle.isThrottled("198.51.100.3", "erin")).isFalse();
	}

	@Test
	void failuresAreForgottenAfterAQuietQuarterOfAnHour() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("203.0.113.8", "frank");
		}
		assertThat(this.throttle.isThrottled("203.0.113.8", "frank")).isTrue();
		this.clock.advance(Duration.ofMinutes(14));
		this.throttle.recordFailure("203.0.113.9", "frank");
		assertThat(this.throttle.accountFailures("frank")).as("a failure within the quarter counts on").isEqualTo(5);
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.throttle.isThrottled("203.0.113.8", "frank")).isFalse();
		assertThat(this.throttle.accountFailures("frank")).isZero();
		this.throttle.recordFailure("203.0.113.8", "frank");
		assertThat(this.throttle.accountFailures("frank")).as("a forgotten count starts again").isEqualTo(1);
	}

	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-30T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
