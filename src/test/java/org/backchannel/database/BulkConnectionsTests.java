package org.backchannel.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk jobs (the generator, backfills) do not inherit the request path's timeouts: with
 * the statement timeout and the driver's socket timeout lowered to one second, a
 * two-second statement is cut off on the pool and completes on a bulk connection.
 */
@JdbcTest(properties = { "spring.jdbc.template.query-timeout=1s",
		"spring.datasource.hikari.data-source-properties.socketTimeout=1" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BulkConnectionsTests {

	private static final String LONGER_THAN_THE_REQUEST_TIMEOUTS = "select 'done' from pg_sleep(2)";

	@Autowired
	JdbcClient requestPath;

	@Autowired
	DataSource dataSource;

	@Test
	void aStatementLongerThanTheRequestTimeoutsIsCutOffOnThePool() {
		assertThatThrownBy(() -> this.requestPath.sql(LONGER_THAN_THE_REQUEST_TIMEOUTS).query(String.class).single())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void theSameStatementCompletesOnABulkSessionsClient() throws Exception {
		long start = System.nanoTime();
		try (BulkConnections.Session bulk = new BulkConnections(this.dataSource).openSession()) {
			assertThat(bulk.jdbc().sql(LONGER_THAN_THE_REQUEST_TIMEOUTS).query(String.class).single())
				.isEqualTo("done");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void andOnABulkConnectionUsedDirectlyAsTheGeneratorsCopiesAndParallelPassesDo() throws Exception {
		try (Connection connection = new BulkConnections(this.dataSource).open();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(LONGER_THAN_THE_REQUEST_TIMEOUTS)) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("done");
			assertThat(connection.getNetworkTimeout()).isZero();
		}
	}

}
