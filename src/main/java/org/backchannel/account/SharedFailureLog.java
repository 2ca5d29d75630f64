package org.backchannel.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.backchannel.account.ThrottlePolicy.Failures;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins in the database, so that every instance behind a balancer sees them: an
 * attacker cannot multiply the allowance by the number of instances. A failure is one
 * upsert per count (a forgotten count starts again at one, atomically); a check reads the
 * three counts in one query. Counts forgotten are deleted now and then. When the database
 * cannot be reached these statements fail like the account's own look-up, and the sign-in
 * gets the outage answer (503).
 */
class SharedFailureLog implements FailureLog {

	private static final String COUNT = """
			insert into sign_in_failure as f (key, account, failures, last_failure) values (?, ?, 1, ?)
			on conflict (key) do update set
			  failures = case when f.last_failure <= ? then 1 else f.failures + 1 end,
			  last_failure = greatest(f.last_failure, excluded.last_failure)
			""";

	private static final long CLEAN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

	private final JdbcTemplate jdbc;

	private final Duration forgetAfter;

	private final AtomicLong lastCleaned = new AtomicLong(System.nanoTime());

	SharedFailureLog(DataSource dataSource, Duration forgetAfter) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setQueryTimeout(2);
		this.forgetAfter = forgetAfter;
	}

	@Override
	public Map<String, Failures> find(List<String> keys, Instant now) {
		Map<String, Failures> found = new HashMap<>();
		this.jdbc.query(
				"select key, failures, last_failure from sign_in_failure where key = any(?) and last_failure > ?",
				(rs) -> {
					found.put(rs.getString("key"),
							new Failures(rs.getInt("failures"), rs.getTimestamp("last_failure").toInstant()));
				}, keys.toArray(String[]::new), Timestamp.from(now.minus(this.forgetAfter)));
		return found;
	}

	@Override
	public void count(List<Key> keys, Instant now) {
		cleanNowAndThen(now);
		Timestamp at = Timestamp.from(now);
		Timestamp forgotten = Timestamp.from(now.minus(this.forgetAfter));
		this.jdbc.batchUpdate(COUNT,
				keys.stream().map((key) -> new Object[] { key.key(), key.account(), at, forgotten }).toList());
	}

	@Override
	public void forget(List<String> keys) {
		this.jdbc.update("delete from sign_in_failure where key = any(?)", (Object) keys.toArray(String[]::new));
	}

	@Override
	public void forgetAccount(String account) {
		this.jdbc.update("delete from sign_in_failure where account = ?", account);
	}

	private void cleanNowAndThen(Instant now) {
		long last = this.lastCleaned.get();
		long nanos = System.nanoTime();
		if (nanos - last >= CLEAN_EVERY_NANOS && this.lastCleaned.compareAndSet(last, nanos)) {
			this.jdbc.update("delete from sign_in_failure where last_failure <= ?",
					Timestamp.from(now.minus(this.forgetAfter)));
		}
	}

}
