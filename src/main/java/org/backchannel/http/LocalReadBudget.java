package org.backchannel.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per client in this instance's memory: for an app without a database (web
 * slices, unit tests); the app itself keeps the budget in the database
 * ({@link SharedReadBudget}).
 */
class LocalReadBudget implements ReadBudget {

	private final RateLimits limits;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	LocalReadBudget(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	public long take(String client) {
		Bucket bucket = this.buckets.get(client,
				(key) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.limits.expensiveReads())
						.refillGreedy(this.limits.expensiveReads(), this.limits.period())
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
	}

}
