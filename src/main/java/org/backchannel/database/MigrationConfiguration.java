package org.backchannel.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Migrations run without the pool's socket timeout. That timeout bounds a request while
 * the database is unreachable (30 s); a migration that rewrites a million-event table
 * runs for minutes and would be cut off half-way, the app then failing to start.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutSocketTimeout() {
		return (configuration) -> configuration.dataSource(new DelegatingDataSource(configuration.getDataSource()) {
			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				// The pool puts its own timeout back when the connection is returned.
				connection.setNetworkTimeout(Runnable::run, 0);
				return connection;
			}
		});
	}

}
