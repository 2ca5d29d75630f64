package org.backchannel.database;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionTimedOutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures get the 503 answer: the database out of reach, a read past its deadline;
 * not a bad query or a violated constraint.
 */
class DatabaseFailuresTests {

	@Test
	void aReadPastItsDeadlineIsAnsweredLikeAStatementTimeout() {
		assertThat(DatabaseFailures.causedByOutage(new TransactionTimedOutException("deadline was now"))).isTrue();
		assertThat(DatabaseFailures
			.causedByOutage(new RuntimeException("wrapped", new TransactionTimedOutException("deadline was now"))))
			.isTrue();
	}

	@Test
	void aConnectionErrorIsAnOutageAndAViolatedConstraintIsNot() {
		assertThat(DatabaseFailures.causedByOutage(new SQLException("I/O error", "08006"))).isTrue();
		assertThat(DatabaseFailures.causedByOutage(
				new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
			.isFalse();
	}

	@Test
	void runningOutOfAResourceIsAnOutage() {
		for (String state : new String[] { "53000", "53100", "53200", "53300", "53400" }) {
			assertThat(DatabaseFailures.causedByOutage(new RuntimeException("wrapped",
					new SQLException("could not extend file: No space left on device", state))))
				.as(state)
				.isTrue();
		}
	}

}
