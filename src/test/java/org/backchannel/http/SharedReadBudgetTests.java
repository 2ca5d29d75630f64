package org.backchannel.http;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.backchannel.database.DatabaseFailures;
import org.backchannel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The expensive-read budget kept in the database: two instances (two budgets on one
 * database) draw on one budget per client, a client over it is told how long to wait, the
 * budget refills with time, and a database out of reach is an outage, never a free read.
 */
class SharedReadBudgetTests {

	static final DataSource database = new DriverManagerDataSource(TestDatabases.copyOfTemplate(), "postgres", "");

	@Test
	void twoInstancesShareEachClientsBudget() {
		RateLimits limits = new RateLimits(4, Duration.ofMinutes(1), List.of());
		ReadBudget one = new SharedReadBudget(database, limits);
		ReadBudget two = new SharedReadBudget(database, limits);
		assertThat(one.take("192.0.2.1")).isZero();
		assertThat(two.take("192.0.2.1")).isZero();
		assertThat(one.take("192.0.2.1")).isZero();
		assertThat(two.take("192.0.2.1")).isZero();
		long wait = one.take("192.0.2.1");
		assertThat(wait).as("the fifth read, whichever instance it reaches").isBetween(1L, 15L);
		assertThat(two.take("192.0.2.1")).isBetween(1L, 15L);
		assertThat(one.take("192.0.2.2")).as("another client").isZero();
		assertThat(JdbcClient.create(database)
			.sql("select tokens from read_budget where client = '192.0.2.1'")
			.query(Double.class)
			.single()).as("refused reads take nothing: waiting is always enough").isLessThan(1.0);
	}

	@Test
	void theBudgetRefillsWithTime() throws InterruptedException {
		ReadBudget budget = new SharedReadBudget(database, new RateLimits(2, Duration.ofSeconds(1), List.of()));
		assertThat(budget.take("192.0.2.3")).isZero();
		assertThat(budget.take("192.0.2.3")).isZero();
		assertThat(budget.take("192.0.2.3")).isEqualTo(1);
		Thread.sleep(600);
		assertThat(budget.take("192.0.2.3")).as("half a second refills one of two a second").isZero();
	}

	@Test
	void aDatabaseOutOfReachIsAnOutageNotAFreeRead() {
		DataSource away = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:9/none?connectTimeout=1", "postgres",
				"");
		ReadBudget budget = new SharedReadBudget(away, new RateLimits(60, Duration.ofMinutes(1), List.of()));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> budget.take("192.0.2.4"))
			.satisfies((ex) -> assertThat(DatabaseFailures.causedByOutage(ex)).isTrue());
	}

}
