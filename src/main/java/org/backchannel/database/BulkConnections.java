package org.backchannel.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Connections for bulk jobs (the synthetic data generator, backfills), outside the pool
 * and without the request path's limits: no driver socket timeout (a statement over a
 * million rows is silent on the socket for minutes) and no statement timeout (the
 * {@code spring.jdbc.template.query-timeout} of the application's {@code JdbcClient}).
 * They reach the same database as the pool, with its user and connection options.
 */
public final class BulkConnections {

	private final HikariDataSource pool;

	public BulkConnections(DataSource dataSource) throws SQLException {
		this.pool = dataSource.unwrap(HikariDataSource.class);
	}

	/** A new connection of its own; the caller closes it. */
	public Connection open() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.pool.getDataSourceProperties());
		if (this.pool.getUsername() != null) {
			properties.setProperty("user", this.pool.getUsername());
		}
		if (this.pool.getPassword() != null) {
			properties.setProperty("password", this.pool.getPassword());
		}
		properties.setProperty("socketTimeout", "0");
		properties.setProperty("connectTimeout", "10");
		properties.setProperty("loginTimeout", "10");
		Connection connection = DriverManager.getConnection(this.pool.getJdbcUrl(), properties);
		// Parameters in the URL win over the properties above: lift the timeout again.
		connection.setNetworkTimeout(Runnable::run, 0);
		return connection;
	}

	/**
	 * A {@link JdbcClient} on one new connection of its own, without the application's
	 * statement timeout; closing it closes the connection.
	 */
	public Session openSession() throws SQLException {
		Connection connection = open();
		return new Session(connection, JdbcClient.create(new SingleConnectionDataSource(connection, true)));
	}

	/**
	 * One bulk connection and a client on it.
	 *
	 * @param connection the connection
	 * @param jdbc a client whose statements run on it, without a timeout
	 */
	public record Session(Connection connection, JdbcClient jdbc) implements AutoCloseable {

		@Override
		public void close() throws SQLException {
			this.connection.close();
		}

	}

}
