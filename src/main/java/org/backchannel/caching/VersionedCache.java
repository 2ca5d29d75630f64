package org.backchannel.caching;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Results kept under the {@link DataVersion} they were read at, so an entry is never
 * served after a change, on this instance or any other sharing the database. A Caffeine
 * cache of at most a given number of entries, recording its hits and misses for
 * Actuator's {@code cache.gets}; the entries of older versions, never asked for again,
 * are dropped as soon as a newer version is seen. Concurrent requests for one missing
 * entry wait for a single computation rather than each running it: at a million events a
 * cold count takes half a second, and sixteen of them at once would take eight. The
 * computation runs on the calling thread, inside its transaction. Made by
 * {@link VersionedCaches}.
 */
public final class VersionedCache<K, V> {

	/** Null when the cache keeps nothing (capacity 0: every call computes). */
	private final AsyncCache<Entry<K>, V> entries;

	/** The newest version asked for. */
	private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

	VersionedCache(int capacity) {
		this.entries = (capacity > 0) ? Caffeine.newBuilder().maximumSize(capacity).recordStats().buildAsync() : null;
	}

	/** The Caffeine cache behind this one, for metrics; null when it keeps nothing. */
	AsyncCache<?, ?> caffeine() {
		return this.entries;
	}

	public V get(K key, long version, Supplier<V> compute) {
		if (this.entries == null) {
			return compute.get();
		}
		seen(version);
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> kept = this.entries.get(new Entry<>(key, version), (entry, executor) -> mine);
		if (kept != mine) {
			try {
				return kept.join();
			}
			catch (CompletionException ex) {
				// The computing request failed (a timeout, an outage): fail this one the
				// same way, so the usual error handling applies.
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}
		try {
			V value = compute.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			// Caffeine drops an entry whose computation failed.
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	/**
	 * A result kept under this version, or null; with {@link #put}, for callers that keep
	 * only some of what they compute.
	 */
	public V find(K key, long version) {
		if (this.entries == null) {
			return null;
		}
		seen(version);
		CompletableFuture<V> kept = this.entries.getIfPresent(new Entry<>(key, version));
		return (kept != null && kept.isDone() && !kept.isCompletedExceptionally()) ? kept.join() : null;
	}

	public void put(K key, long version, V value) {
		if (this.entries != null) {
			seen(version);
			this.entries.put(new Entry<>(key, version), CompletableFuture.completedFuture(value));
		}
	}

	/**
	 * Drops every entry once a newer version than any before is asked for: what was read
	 * under an older one is never served again.
	 */
	private void seen(long version) {
		long before = this.newest.get();
		while (version > before) {
			if (this.newest.compareAndSet(before, version)) {
				if (before != Long.MIN_VALUE) {
					this.entries.synchronous().invalidateAll();
				}
				return;
			}
			before = this.newest.get();
		}
	}

	private record Entry<K>(K key, long version) {
	}

}
