package org.backchannel.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each client's token bucket in the database, so that every instance behind a balancer
 * draws on the same budget: one statement takes a token atomically (an upsert that
 * refills the bucket for the time since its last use, on the database's clock, and takes
 * one if there is one). Only an expensive read asks; nothing else touches the table. A
 * bucket untouched for a whole period is full again, the same as none: such rows are
 * deleted now and then. When the database cannot be reached the statement fails and the
 * request gets the outage answer (503), never an unlimited read.
 */
class SharedReadBudget implements ReadBudget {

	/**
	 * The tokens the bucket holds now: what was left plus the refill since, at most full.
	 */
	private static final String AVAILABLE = "least(?::float8, b.tokens + greatest(0, "
			+ "extract(epoch from excluded.refilled_at - b.refilled_at)::float8) * ?::float8)";

	private static final String TAKE = """
			insert into read_budget as b (client, tokens, refilled_at, consumed)
			values (?, ?::float8 - 1, clock_timestamp(), true)
			on conflict (client) do update set
			  tokens = case when %1$s >= 1 then %1$s - 1 else %1$s end,
			  consumed = %1$s >= 1,
			  refilled_at = greatest(b.refilled_at, excluded.refilled_at)
			returning tokens, consumed
			""".formatted(AVAILABLE);

	private static final long CLEAN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

	private final JdbcTemplate jdbc;

	private final int capacity;

	/** Tokens per second. */
	private final double rate;

	private final Duration period;

	private final AtomicLong lastCleaned = new AtomicLong(System.nanoTime());

	SharedReadBudget(DataSource dataSource, RateLimits limits) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setQueryTimeout(2);
		this.capacity = limits.expensiveReads();
		this.period = limits.period();
		this.rate = this.capacity / (this.period.toMillis() / 1000.0);
	}

	@Override
	public long take(String client) {
		cleanNowAndThen();
		Object[] params = { client, this.capacity, this.capacity, this.rate, this.capacity, this.rate, this.capacity,
				this.rate, this.capacity, this.rate };
		return this.jdbc.queryForObject(TAKE, (rs, row) -> {
			if (rs.getBoolean("consumed")) {
				return 0L;
			}
			double missing = 1 - rs.getDouble("tokens");
			return Math.max(1, (long) Math.ceil(missing / this.rate));
		}, params);
	}

	private void cleanNowAndThen() {
		long last = this.lastCleaned.get();
		long now = System.nanoTime();
		if (now - last >= CLEAN_EVERY_NANOS && this.lastCleaned.compareAndSet(last, now)) {
			this.jdbc.update("delete from read_budget where refilled_at < clock_timestamp() - make_interval(secs => ?)",
					(double) this.period.toSeconds());
		}
	}

}
