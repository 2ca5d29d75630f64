package org.backchannel.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.backchannel.model.NotFoundException;
import org.backchannel.model.RecordValidator;
import org.backchannel.model.StaleVersionException;
import org.backchannel.source.Voice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Adds, changes and lists watched sources. A new or changed source is due at once.
 */
@Service
@Transactional
public class WatchedSourceService {

	static final String COLUMNS = """
			id, name, feed_url, voice, language, interval_minutes, enabled, next_poll_at, last_polled_at,
			last_success_at, last_error_at, last_error, failing_since, consecutive_failures, items_seen,
			items_queued, version""";

	private final JdbcClient jdbc;

	private final RecordValidator validation;

	private final WatchMetrics metrics;

	WatchedSourceService(JdbcClient jdbc, RecordValidator validation, WatchMetrics metrics) {
		this.jdbc = jdbc;
		this.validation = validation;
		this.metrics = metrics;
	}

	@Transactional(readOnly = true)
	public List<WatchedSource> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from watched_source order by name, id")
			.query(WatchedSourceService::row)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<WatchedSource> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from watched_source where id = :id")
			.param("id", id)
			.query(WatchedSourceService::row)
			.optional();
	}

	public WatchedSource create(WatchedSourceData data) {
		this.validation.check(data, rules(null));
		long id = this.jdbc.sql("""
				insert into watched_source (name, feed_url, voice, language, interval_minutes, enabled)
				values (:name, :url, :voice, :language, :interval, :enabled) returning id""")
			.param("name", data.name())
			.param("url", data.feedUrl())
			.param("voice", data.voice().name())
			.param("language", data.language())
			.param("interval", data.intervalMinutes())
			.param("enabled", data.enabled())
			.query(Long.class)
			.single();
		this.metrics.refresh();
		return find(id).orElseThrow();
	}

	public WatchedSource update(long id, WatchedSourceData data, long expectedVersion) {
		WatchedSource current = find(id).orElseThrow(() -> new NotFoundException("watched source", id));
		this.validation.check(data, rules(id));
		int changed = this.jdbc.sql("""
				update watched_source set name = :name, feed_url = :url, voice = :voice, language = :language,
				    interval_minutes = :interval, enabled = :enabled, next_poll_at = now(),
				    etag = case when feed_url = :url then etag end,
				    last_modified = case when feed_url = :url then last_modified end,
				    version = version + 1
				where id = :id and version = :version""")
			.param("name", data.name())
			.param("url", data.feedUrl())
			.param("voice", data.voice().name())
			.param("language", data.language())
			.param("interval", data.intervalMinutes())
			.param("enabled", data.enabled())
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new StaleVersionException("watched source", id, expectedVersion, current.version());
		}
		this.metrics.refresh();
		return find(id).orElseThrow();
	}

	/** Makes the source due now (the next scheduler tick polls it). */
	public void pollSoon(long id) {
		this.jdbc.sql("update watched_source set next_poll_at = now() where id = :id").param("id", id).update();
	}

	/** The second rule of a source: one feed address is watched once. */
	private Validator rules(Long self) {
		return new Validator() {

			@Override
			public boolean supports(Class<?> type) {
				return WatchedSourceData.class.isAssignableFrom(type);
			}

			@Override
			public void validate(Object target, Errors errors) {
				WatchedSourceData data = (WatchedSourceData) target;
				if (data.voice() == Voice.UNKNOWN) {
					errors.rejectValue("voice", "watch.validation.voiceUnknown", "say whose voice the feed is.");
				}
				if (data.feedUrl() == null || errors.hasFieldErrors("feedUrl")) {
					return;
				}
				boolean taken = WatchedSourceService.this.jdbc
					.sql("select count(*) from watched_source where feed_url = :url and id <> :self")
					.param("url", data.feedUrl())
					.param("self", (self != null) ? self : -1L)
					.query(Long.class)
					.single() > 0;
				if (taken) {
					errors.rejectValue("feedUrl", "watch.validation.feedTaken", "This feed is already watched.");
				}
			}

		};
	}

	static WatchedSource row(ResultSet rs, int n) throws SQLException {
		return new WatchedSource(rs.getLong("id"), rs.getString("name"), rs.getString("feed_url"),
				Voice.valueOf(rs.getString("voice")), rs.getString("language"), rs.getInt("interval_minutes"),
				rs.getBoolean("enabled"), instant(rs, "next_poll_at"), instant(rs, "last_polled_at"),
				instant(rs, "last_success_at"), instant(rs, "last_error_at"), rs.getString("last_error"),
				instant(rs, "failing_since"), rs.getInt("consecutive_failures"), rs.getLong("items_seen"),
				rs.getLong("items_queued"), rs.getLong("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
