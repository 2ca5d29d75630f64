package org.backchannel.account;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.backchannel.account.ThrottlePolicy.Failures;

/**
 * Failed sign-ins in this instance's memory, for an app without a database (unit tests);
 * the app itself counts them in the database ({@link SharedFailureLog}).
 */
class LocalFailureLog implements FailureLog {

	private static final int MAX_ENTRIES = 300_000;

	private final Duration forgetAfter;

	private final Cache<String, Counted> counts;

	LocalFailureLog(Duration forgetAfter) {
		this.forgetAfter = forgetAfter;
		this.counts = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
	}

	@Override
	public Map<String, Failures> find(List<String> keys, Instant now) {
		Map<String, Failures> found = new HashMap<>();
		for (String key : keys) {
			Counted counted = this.counts.getIfPresent(key);
			if (counted != null && !forgotten(counted.failures(), now)) {
				found.put(key, counted.failures());
			}
		}
		return found;
	}

	@Override
	public void count(List<Key> keys, Instant now) {
		for (Key key : keys) {
			this.counts.asMap()
				.merge(key.key(), new Counted(key.account(), new Failures(1, now)),
						(old, first) -> forgotten(old.failures(), now) ? first
								: new Counted(key.account(), old.failures().next(now)));
		}
	}

	@Override
	public void forget(List<String> keys) {
		this.counts.invalidateAll(keys);
	}

	@Override
	public void forgetAccount(String account) {
		this.counts.asMap().values().removeIf((counted) -> account.equals(counted.account()));
	}

	private boolean forgotten(Failures failures, Instant now) {
		return !now.isBefore(failures.last().plus(this.forgetAfter));
	}

	private record Counted(String account, Failures failures) {

	}

}
