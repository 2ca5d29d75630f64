package org.backchannel.watch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Watched sources in the health details: always UP (a failing feed is not the app being
 * down), with each source that has failed for more than a day named with its last error.
 */
@Component("watchedSourcesHealthIndicator")
class WatchHealthIndicator implements HealthIndicator {

	private final JdbcClient jdbc;

	WatchHealthIndicator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Health health() {
		try {
			return read();
		}
		catch (RuntimeException ex) {
			return Health.unknown().withDetail("error", "The watched sources could not be read.").build();
		}
	}

	private Health read() {
		Map<String, String> failing = new LinkedHashMap<>();
		this.jdbc.sql("""
				select name, last_error, failing_since from watched_source
				where enabled and failing_since < now() - interval '1 day' order by name""")
			.query((rs, n) -> failing.put(rs.getString(1),
					"failing since " + rs.getObject(3, java.time.OffsetDateTime.class).toInstant() + ": "
							+ rs.getString(2)))
			.list();
		long watched = this.jdbc.sql("select count(*) from watched_source where enabled").query(Long.class).single();
		return Health.up().withDetail("watched", watched).withDetail("failingForMoreThanADay", failing).build();
	}

}
