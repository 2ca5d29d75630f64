package org.backchannel.account;

import javax.sql.DataSource;

import org.backchannel.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same growing delays with the failures counted in the database (as the app counts
 * them, so that every instance sees them), and two throttles on one database (two
 * instances) counting as one.
 */
class SharedSignInThrottleTests extends SignInThrottleTests {

	static final DataSource database = new DriverManagerDataSource(TestDatabases.copyOfTemplate(), "postgres", "");

	@Override
	SignInThrottle throttle(SignInThrottling settings) {
		return new SignInThrottle(settings, this.clock, new SharedFailureLog(database, settings.forgetAfter()));
	}

	@BeforeEach
	void forgetEveryFailure() {
		JdbcClient.create(database).sql("delete from sign_in_failure").update();
	}

	@Test
	void twoInstancesCountTheSameFailures() {
		SignInThrottle other = throttle(SETTINGS);
		this.throttle.recordFailure("203.0.113.20", "grace");
		other.recordFailure("203.0.113.20", "grace");
		this.throttle.recordFailure("203.0.113.20", "grace");
		assertThat(other.isThrottled("203.0.113.20", "grace")).as("three failures: within the allowance").isFalse();
		other.recordFailure("203.0.113.20", "grace");
		assertThat(this.throttle.isThrottled("203.0.113.20", "grace")).as("the fourth, on the other instance").isTrue();
		assertThat(other.isThrottled("203.0.113.20", "grace")).isTrue();
		assertThat(this.throttle.accountFailures("grace")).isEqualTo(4);
		other.unlock("GRACE");
		assertThat(this.throttle.isThrottled("203.0.113.20", "grace")).as("an unlock on either holds on both")
			.isFalse();
	}

	@Test
	void aClientsAddressOrANameOfAnyLengthIsCountedWithoutFailing() {
		String longName = "n".repeat(10_000);
		for (int i = 0; i < 12; i++) {
			this.throttle.recordFailure("203.0.113.21", longName);
		}
		assertThat(this.throttle.isThrottled("203.0.113.21", longName)).isTrue();
		assertThat(this.throttle.accountFailures(longName.toUpperCase())).isEqualTo(12);
	}

}
