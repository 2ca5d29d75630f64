package org.backchannel.caching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Results kept under the {@link DataVersion} they were read at, so an entry is never
 * served after a change, on this instance or any other sharing the database. Concurrent
 * requests for one missing entry wait for a single computation rather than each running
 * it: at a million events a cold count takes half a second, and sixteen of them at once
 * would take eight.
 */
public final class VersionedCache<K, V> {

	private final Map<Entry<K>, CompletableFuture<V>> entries;

	/**
	 * @param capacity how many results to keep; 0 keeps none (every call computes)
	 */
	public VersionedCache(int capacity) {
		this.entries = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Entry<K>, CompletableFuture<V>> eldest) {
				return size() > capacity;
			}
		};
	}

	public V get(K key, long version, Supplier<V> compute) {
		Entry<K> entry = new Entry<>(key, version);
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> running;
		synchronized (this.entries) {
			running = this.entries.putIfAbsent(entry, mine);
		}
		if (running != null) {
			try {
				return running.join();
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
			synchronized (this.entries) {
				this.entries.remove(entry, mine);
			}
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	/**
	 * A result kept under this version, or null; with {@link #put}, for callers that keep
	 * only some of what they compute.
	 */
	public V find(K key, long version) {
		CompletableFuture<V> kept;
		synchronized (this.entries) {
			kept = this.entries.get(new Entry<>(key, version));
		}
		return (kept != null && kept.isDone() && !kept.isCompletedExceptionally()) ? kept.join() : null;
	}

	public void put(K key, long version, V value) {
		synchronized (this.entries) {
			this.entries.put(new Entry<>(key, version), CompletableFuture.completedFuture(value));
		}
	}

	private record Entry<K>(K key, long version) {
	}

}
