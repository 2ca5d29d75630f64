package org.backchannel.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's health with a deadline of its own: a database that accepts connections
 * but never answers (a frozen host, a partition, a storage stall) is DOWN after
 * {@code backchannel.health.database-timeout}, instead of holding the probe until a
 * socket times out. Replaces Boot's {@code db} indicator under the same name.
 */
@Component("dbHealthIndicator")
@EnableConfigurationProperties(HealthProperties.class)
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

	private final DataSource dataSource;

	private final Duration timeout;

	private final ExecutorService checks = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	DatabaseHealthIndicator(DataSource dataSource, HealthProperties properties) {
		this.dataSource = dataSource;
		this.timeout = properties.databaseTimeout();
	}

	@Override
	public Health health() {
		int seconds = (int) Math.max(1, this.timeout.toSeconds());
		Future<Boolean> check = this.checks.submit(() -> {
			try (Connection connection = this.dataSource.getConnection()) {
				return connection.isValid(seconds);
			}
		});
		try {
			return check.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
					: Health.down().withDetail("error", "the connection is not valid").build();
		}
		catch (TimeoutException ex) {
			check.cancel(true);
			return Health.down().withDetail("error", "no answer within " + this.timeout.toMillis() + " ms").build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().build();
		}
		catch (Exception ex) {
			return Health.down().withDetail("error", "the database cannot be reached").build();
		}
	}

	@Override
	public void destroy() {
		this.checks.shutdownNow();
	}

}
