package org.backchannel.event;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.backchannel.caching.DataVersion;
import org.backchannel.caching.QueryCacheProperties;
import org.backchannel.caching.VersionedCache;
import org.backchannel.caching.VersionedCaches;
import org.backchannel.model.ReadTransaction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How current the record is, for the timeline, the API and the feed: one statement, kept
 * until the data changes. The months of the first and latest held contacts are read from
 * the counts the writes keep per month (V27's {@code contact_count}: published events of
 * a contact channel, dated to the day or the month), a few rows at any size; walking the
 * events for them took some 100 ms at a million events, on every rebuild of the timeline
 * after a write (issue 28). The latest change is found along the updated-at index (V1).
 */
@Service
@ReadTransaction
public class CoverageService {

	private static final String HELD_MONTHS = "from contact_count"
			+ " where contact_status = 'HELD' and month is not null and contacts > 0";

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	private final VersionedCache<String, Coverage> cache;

	CoverageService(JdbcClient jdbc, DataVersion dataVersion, VersionedCaches caches, QueryCacheProperties cache) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
		// one entry, or none when the query caches are switched off
		this.cache = caches.create("events.coverage", Math.min(1, cache.size()));
	}

	public Coverage coverage() {
		return this.cache.get("coverage", this.dataVersion.current(),
				() -> this.jdbc.sql("""
						select (select min(month) %1$s) as first_contact,
						       (select max(month) %1$s) as last_contact,
						       (select max(updated_at) from event where status = 'PUBLISHED') as last_checked
						""".formatted(HELD_MONTHS))
					.query((rs, row) -> Coverage.of(month(rs.getDate("first_contact")),
							month(rs.getDate("last_contact")), day(rs.getTimestamp("last_checked"))))
					.single());
	}

	private static YearMonth month(Date date) {
		return (date != null) ? YearMonth.from(date.toLocalDate()) : null;
	}

	private static LocalDate day(Timestamp time) {
		return (time != null) ? LocalDate.ofInstant(time.toInstant(), ZoneOffset.UTC) : null;
	}

}
