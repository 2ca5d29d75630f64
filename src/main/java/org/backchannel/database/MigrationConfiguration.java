package org.backchannel.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Migrations run without the pool's socket timeout. That timeout bounds a request while
 * the database is unreachable (30 s); a migration that rewrites a million-event table
 * runs for minutes and would be cut off half-way, the app then failing to start.
 * <p>
 * The database is reached and migrated before the web server is made: a database that
 * refuses the sign-in or is not there then stops the start before Tomcat does anything,
 * with {@link DatabaseSignInFailureAnalyzer}'s paragraph and no Tomcat errors around it.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	/** Flyway's bean in Boot's auto-configuration. */
	static final String MIGRATIONS = "flywayInitializer";

	@Bean
	static BeanFactoryPostProcessor migrationsBeforeTheWebServer() {
		return (beanFactory) -> {
			if (!beanFactory.containsBeanDefinition(MIGRATIONS)) {
				return;
			}
			for (String name : beanFactory.getBeanNamesForType(ServletWebServerFactory.class, true, false)) {
				BeanDefinition server = beanFactory.getBeanDefinition(name);
				String[] before = (server.getDependsOn() != null) ? server.getDependsOn() : new String[0];
				server.setDependsOn(Stream.concat(Arrays.stream(before), Stream.of(MIGRATIONS)).toArray(String[]::new));
			}
		};
	}

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
