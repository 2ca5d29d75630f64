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
 * until the data changes. The first and latest held contacts are found along the status
 * index (V10), the latest change along the updated-at index (V1).
 */
@Service
@ReadTransaction
public class CoverageService {

	private static final String HELD_CONTACT = "status = 'PUBLISHED' and contact_status = 'HELD' and channel <> 'RELATED'"
			+ " and date_precision in ('DAY', 'MONTH')";

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
				() -> this.jdbc
					.sql("""
							select (select date_value from event where %1$s order by sort_key, id limit 1) as first_contact,
							       (select date_value from event where %1$s order by sort_key desc, id desc limit 1) as last_contact,
							       (select max(updated_at) from event where status = 'PUBLISHED') as last_checked
							"""
						.formatted(HELD_CONTACT))
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
