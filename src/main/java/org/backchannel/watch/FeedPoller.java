package org.backchannel.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.backchannel.watch.FeedClient.Body;
import org.backchannel.watch.FeedClient.Failed;
import org.backchannel.watch.FeedClient.Fetch;
import org.backchannel.watch.FeedClient.NotModified;
import org.backchannel.watch.FeedClient.RetryLater;
import org.backchannel.watch.ItemClassifier.Classified;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls the watched sources that are due. Each feed is polled by one instance at a time
 * (a PostgreSQL advisory lock per source, held for the poll's transaction, and the
 * source's due time read again under it); each item is queued once, by the unique key
 * (source, guid or address) and {@code INSERT … ON CONFLICT DO NOTHING}. Errors back off
 * exponentially; 429 and 503 wait as long as Retry-After asks.
 */
@Component
public class FeedPoller {

	private static final Logger logger = LoggerFactory.getLogger(FeedPoller.class);

	/** The advisory lock's first key: the issue that brought watched sources. */
	private static final int LOCK_SPACE = 24;

	/** A linked page is read when the feed's own text is shorter than this. */
	static final int SUMMARY_LENGTH = 300;

	private static final Duration LONGEST_WAIT = Duration.ofDays(1);

	private static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final FeedClient client;

	private final ItemClassifier classifier;

	private final WatchProperties properties;

	private final WatchMetrics metrics;

	FeedPoller(JdbcClient jdbc, PlatformTransactionManager transactions, FeedClient client, ItemClassifier classifier,
			WatchProperties properties, WatchMetrics metrics) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.client = client;
		this.classifier = classifier;
		this.properties = properties;
		this.metrics = metrics;
	}

	/** What one poll came to. */
	public record Outcome(boolean polled, int seen, int queued, int edited, @Nullable String error) {

		static Outcome skipped(String why) {
			return new Outcome(false, 0, 0, 0, why);
		}

	}

	@Scheduled(fixedDelayString = "${backchannel.watch.tick:30s}", initialDelayString = "${backchannel.watch.tick:30s}")
	void scheduled() {
		if (this.properties.pollingEnabled()) {
			try {
				pollDue();
			}
			catch (RuntimeException ex) {
				logger.warn("Polling the watched sources failed: {}", ex.toString());
			}
		}
	}

	/** Polls every enabled source that is due; answers how many this instance polled. */
	public int pollDue() {
		List<Long> due = this.jdbc
			.sql("select id from watched_source where enabled and next_poll_at <= now() order by next_poll_at, id")
			.query(Long.class)
			.list();
		int polled = 0;
		for (long id : due) {
			if (poll(id, false).polled()) {
				polled++;
			}
		}
		return polled;
	}

	/**
	 * Polls one source unless another instance is polling it or (unless forced) it is not
	 * due any more.
	 */
	public Outcome poll(long id, boolean force) {
		Outcome outcome = this.transactions.execute((status) -> {
			Boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:space, cast(:id as integer))")
				.param("space", LOCK_SPACE)
				.param("id", id)
				.query(Boolean.class)
				.single();
			if (!locked) {
				return Outcome.skipped("Another instance is polling it.");
			}
			record State(String url, String name, String language, int interval, int failures, @Nullable String etag,
					@Nullable String lastModified, boolean due) {
			}
			Optional<State> found = this.jdbc.sql("""
					select feed_url, name, language, interval_minutes, consecutive_failures, etag, last_modified,
					       enabled and next_poll_at <= now()
					from watched_source where id = :id""")
				.param("id", id)
				.query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						rs.getInt(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)))
				.optional();
			if (found.isEmpty() || (!force && !found.get().due())) {
				return Outcome.skipped("Not due.");
			}
			State source = found.get();
			Duration interval = Duration.ofMinutes(source.interval());
			Fetch fetch = this.client.get(source.url(), source.etag(), source.lastModified(), FEED_TYPES);
			if (fetch instanceof NotModified) {
				succeeded(id, interval, source.etag(), source.lastModified(), 0, 0);
				return new Outcome(true, 0, 0, 0, null);
			}
			if (fetch instanceof RetryLater later) {
				Duration wait = (later.after() != null) ? min(later.after(), LONGEST_WAIT)
						: backoff(interval, source.failures());
				failed(id,
						"HTTP " + later.status() + ((later.after() != null)
								? ", asked to retry after " + later.after().toSeconds() + " s" : ", no Retry-After"),
						wait);
				return new Outcome(true, 0, 0, 0, "HTTP " + later.status());
			}
			if (fetch instanceof Failed failure) {
				failed(id, failure.why(), backoff(interval, source.failures()));
				return new Outcome(true, 0, 0, 0, failure.why());
			}
			Body body = (Body) fetch;
			List<FeedReader.Entry> entries;
			try {
				entries = FeedReader.entries(body.bytes(), body.contentType(), this.properties.maxItems());
			}
			catch (FeedReader.NotAFeed ex) {
				failed(id, ex.getMessage(), backoff(interval, source.failures()));
				return new Outcome(true, 0, 0, 0, ex.getMessage());
			}
			int queued = 0;
			int edited = 0;
			for (FeedReader.Entry entry : entries) {
				switch (item(id, source.name(), source.language(), entry)) {
					case QUEUED -> queued++;
					case EDITED -> edited++;
					case KNOWN -> {
					}
				}
			}
			succeeded(id, interval, body.etag(), body.lastModified(), entries.size(), queued);
			return new Outcome(true, entries.size(), queued, edited, null);
		});
		if (outcome != null && outcome.polled()) {
			this.metrics.refresh();
		}
		return outcome;
	}

	private enum Seen {

		QUEUED, EDITED, KNOWN

	}

	private Seen item(long sourceId, String outlet, String language, FeedReader.Entry entry) {
		String key = entry.key();
		if (key == null) {
			key = "sha256:" + sha256(entry.title() + "\n" + entry.text());
		}
		key = cut(key, 2000);
		String entryHash = sha256(entry.title() + "\n" + entry.link() + "\n" + entry.text());
		Optional<String> known = this.jdbc
			.sql("select entry_hash from feed_item where watched_source_id = :source and item_key = :key")
			.param("source", sourceId)
			.param("key", key)
			.query(String.class)
			.optional();
		if (known.isPresent() && known.get().equals(entryHash)) {
			return Seen.KNOWN;
		}
		String text = entry.text();
		String pageFailure = null;
		String link = (entry.link() != null && entry.link().matches("(?i)https?://.+")) ? entry.link().strip() : null;
		if (text.length() < SUMMARY_LENGTH && link != null) {
			Fetch page = this.client.get(link, null, null, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
			if (page instanceof Body html) {
				String main = FeedReader.mainText(html.bytes(), html.contentType(), html.uri().toString());
				if (main.length() > text.length()) {
					text = main;
				}
			}
			else if (page instanceof Failed failure) {
				pageFailure = "The linked page could not be read: " + failure.why();
			}
			else if (page instanceof RetryLater later) {
				pageFailure = "The linked page could not be read: HTTP " + later.status();
			}
		}
		String full = entry.title() + "\n\n" + text;
		Instant published = entry.published();
		LocalDate day = ((published != null) ? published : Instant.now()).atZone(ZoneOffset.UTC).toLocalDate();
		Classified classified = (pageFailure != null) ? new Classified(ItemState.FAILED, pageFailure, null)
				: this.classifier.classify(ItemClassifier.request(full, day, link, outlet, language));
		if (known.isEmpty()) {
			Optional<Long> inserted = this.jdbc.sql("""
					insert into feed_item (watched_source_id, item_key, guid, url, title, published_at, fetched_at,
					    text, text_hash, entry_hash, state, reason, matched_event, evidence)
					values (:source, :key, :guid, :url, :title, :published, now(), :text, :hash, :entryHash,
					    :state, :reason, :matched, :evidence)
					on conflict (watched_source_id, item_key) do nothing
					returning id""")
				.param("source", sourceId)
				.param("key", key)
				.param("guid", (entry.guid() != null) ? cut(entry.guid(), 2000) : null)
				.param("url", (link != null) ? cut(link, 2000) : null)
				.param("title", cut(entry.title(), 500))
				.param("published", (published != null) ? Timestamp.from(published) : null)
				.param("text", full)
				.param("hash", sha256(full))
				.param("entryHash", entryHash)
				.param("state", classified.state().name())
				.param("reason", cut(classified.reason(), 2000))
				.param("matched", classified.matchedEvent())
				.param("evidence", classified.evidence())
				.query(Long.class)
				.optional();
			return inserted.isPresent() ? Seen.QUEUED : Seen.KNOWN;
		}
		// Edited since it was first read: the old text becomes a revision, the item is
		// flagged.
		this.jdbc.sql("""
				insert into feed_item_revision (feed_item_id, revision, title, text, text_hash, fetched_at)
				select id, revision, title, text, text_hash, fetched_at from feed_item
				where watched_source_id = :source and item_key = :key and entry_hash <> :entryHash
				on conflict (feed_item_id, revision) do nothing""")
			.param("source", sourceId)
			.param("key", key)
			.param("entryHash", entryHash)
			.update();
		int changed = this.jdbc.sql("""
				update feed_item set title = :title, text = :text, text_hash = :hash, entry_hash = :entryHash,
				    revision = revision + 1, edited = true, fetched_at = now(), state = :state, reason = :reason,
				    matched_event = :matched, evidence = :evidence
				where watched_source_id = :source and item_key = :key and entry_hash <> :entryHash""")
			.param("title", cut(entry.title(), 500))
			.param("text", full)
			.param("hash", sha256(full))
			.param("entryHash", entryHash)
			.param("state", classified.state().name())
			.param("reason", cut(classified.reason(), 2000))
			.param("matched", classified.matchedEvent())
			.param("evidence", classified.evidence())
			.param("source", sourceId)
			.param("key", key)
			.update();
		return (changed > 0) ? Seen.EDITED : Seen.KNOWN;
	}

	private void succeeded(long id, Duration interval, @Nullable String etag, @Nullable String lastModified, int seen,
			int queued) {
		this.jdbc.sql("""
				update watched_source set last_polled_at = now(), last_success_at = now(), failing_since = null,
				    consecutive_failures = 0, next_poll_at = now() + make_interval(secs => :wait),
				    etag = :etag, last_modified = :lastModified,
				    items_seen = items_seen + :seen, items_queued = items_queued + :queued
				where id = :id""")
			.param("wait", interval.toSeconds())
			.param("etag", (etag != null) ? cut(etag, 500) : null)
			.param("lastModified", (lastModified != null) ? cut(lastModified, 100) : null)
			.param("seen", seen)
			.param("queued", queued)
			.param("id", id)
			.update();
	}

	private void failed(long id, String why, Duration wait) {
		logger.info("Watched source {} failed: {}", id, why);
		this.jdbc.sql("""
				update watched_source set last_polled_at = now(), last_error_at = now(), last_error = :why,
				    failing_since = coalesce(failing_since, now()), consecutive_failures = consecutive_failures + 1,
				    next_poll_at = now() + make_interval(secs => :wait)
				where id = :id""")
			.param("why", cut(why, 2000))
			.param("wait", wait.toSeconds())
			.param("id", id)
			.update();
	}

	/** The interval doubled for each failure in a row, at most a day. */
	static Duration backoff(Duration interval, int failuresBefore) {
		Duration wait = interval;
		for (int i = 0; i <= failuresBefore && wait.compareTo(LONGEST_WAIT) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return min(wait, LONGEST_WAIT);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String cut(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
