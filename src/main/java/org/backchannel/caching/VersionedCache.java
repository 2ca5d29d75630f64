package org.backchannel.caching;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Results kept with the {@link DataVersion} they were read at and the {@link CacheTags}
 * they depend on. A result is fresh until a write touches one of its tags
 * ({@link Generations}); then it is rebuilt by one request, on that request's thread and
 * in its transaction, however many ask for it meanwhile (one rebuild per key). While that
 * rebuild runs, and only then, an anonymous reader's GET is served the previous result;
 * everyone else (a signed-in user, a write, a request with a session, code outside a
 * request, and whatever is itself being built from this result) waits for the rebuild.
 * The first answer after the rebuild completes is the new result. A result no request
 * could be served yet (a miss) is computed once too, the others waiting for it.
 * <p>
 * A Caffeine cache of at most a given number of keys, recording hits (a key held) and
 * misses for Actuator's {@code cache.gets}. Made by {@link VersionedCaches}.
 */
public final class VersionedCache<K, V> {

	/** Null when the cache keeps nothing (capacity 0: every call computes). */
	private final Cache<K, Slot<V>> slots;

	private final Generations generations;

	private final BiFunction<K, V, Set<String>> tagsOf;

	/** A cache on its own, where every move of the version is a change of everything. */
	VersionedCache(int capacity) {
		this(capacity, new Generations(), (key, value) -> Set.of(CacheTags.ALL));
	}

	VersionedCache(int capacity, Generations generations, BiFunction<K, V, Set<String>> tagsOf) {
		this.slots = (capacity > 0) ? Caffeine.newBuilder().maximumSize(capacity).recordStats().build() : null;
		this.generations = generations;
		this.tagsOf = tagsOf;
	}

	/** The Caffeine cache behind this one, for metrics; null when it keeps nothing. */
	Cache<?, ?> caffeine() {
		return this.slots;
	}

	/**
	 * The result for this key, fresh at this version or, for an anonymous GET, the
	 * previous one while its rebuild runs; computed (on this thread) when no one is
	 * computing it.
	 */
	public V get(K key, long version, Supplier<V> compute) {
		return get(key, version, compute, staleAllowed());
	}

	/**
	 * As {@link #get(Object, long, Supplier)}; a null computed is served to its builder
	 * but not kept (the others then compute their own).
	 */
	V get(K key, long version, Supplier<V> compute, boolean staleAllowed) {
		return get(key, version, compute, staleAllowed, null);
	}

	/**
	 * As {@link #get(Object, long, Supplier, boolean)}; and when this caller would
	 * rebuild a result it may be served the previous one of ({@code staleAllowed}), and
	 * {@code later} is given, it is served the previous one too, and {@code later} is
	 * handed the rebuild ({@link Later}) to run once the caller has answered. Until it
	 * runs, the others are served the previous result or wait, as for any rebuild.
	 */
	V get(K key, long version, Supplier<V> compute, boolean staleAllowed, Consumer<Later<V>> later) {
		if (this.slots == null) {
			V value = compute.get();
			if (value != null) {
				CacheTags.collect(this.tagsOf.apply(key, value));
			}
			return value;
		}
		this.generations.observe(version);
		Slot<V> slot = this.slots.get(key, (k) -> new Slot<>());
		Rebuild<V> awaited = null;
		while (true) {
			Built<V> kept = slot.built.get();
			long needed = (kept != null) ? this.generations.needed(kept.tags()) : Long.MIN_VALUE;
			if (kept != null && kept.version() >= needed) {
				return served(kept);
			}
			Rebuild<V> running = slot.rebuild.get();
			if (running != null && running != awaited && !running.future().isCompletedExceptionally()
					&& running.version() >= ((kept != null) ? needed : version)) {
				if (kept != null && staleAllowed && !CacheTags.building() && !running.future().isDone()) {
					return served(kept);
				}
				awaited = running;
				Built<V> rebuilt = await(running.future());
				if (rebuilt != null && rebuilt.version() >= this.generations.needed(rebuilt.tags())) {
					return served(rebuilt);
				}
				continue;
			}
			Rebuild<V> mine = new Rebuild<>(version, new CompletableFuture<>());
			if (slot.rebuild.compareAndSet(running, mine)) {
				if (later != null && kept != null && staleAllowed && !CacheTags.building()) {
					later.accept(new Later<>((computation) -> build(key, slot, mine, computation)));
					return served(kept);
				}
				return build(key, slot, mine, compute);
			}
		}
	}

	private V build(K key, Slot<V> slot, Rebuild<V> mine, Supplier<V> compute) {
		V value;
		Set<String> collected;
		CacheTags.startBuilding();
		try {
			value = compute.get();
		}
		catch (RuntimeException | Error ex) {
			mine.future().completeExceptionally(ex);
			throw ex;
		}
		finally {
			collected = CacheTags.endBuilding();
		}
		if (value == null) {
			mine.future().complete(null);
			return null;
		}
		Set<String> tags = new HashSet<>(this.tagsOf.apply(key, value));
		tags.addAll(collected);
		Built<V> built = new Built<>(value, mine.version(), Set.copyOf(tags));
		install(slot, built);
		mine.future().complete(built);
		CacheTags.collect(built.tags());
		return value;
	}

	/**
	 * A result kept for this key and fresh at this version, or null; with {@link #put},
	 * for callers that keep only some of what they compute.
	 */
	public V find(K key, long version) {
		if (this.slots == null) {
			return null;
		}
		this.generations.observe(version);
		Slot<V> slot = this.slots.getIfPresent(key);
		Built<V> kept = (slot != null) ? slot.built.get() : null;
		return (kept != null && kept.version() >= this.generations.needed(kept.tags())) ? served(kept) : null;
	}

	/** Keeps a result read at this version (unless a newer one is kept). */
	public void put(K key, long version, V value) {
		if (this.slots != null) {
			this.generations.observe(version);
			install(this.slots.get(key, (k) -> new Slot<>()),
					new Built<>(value, version, Set.copyOf(this.tagsOf.apply(key, value))));
		}
	}

	private static <V> void install(Slot<V> slot, Built<V> built) {
		slot.built.accumulateAndGet(built,
				(old, offered) -> (old == null || offered.version() >= old.version()) ? offered : old);
	}

	private static <V> V served(Built<V> built) {
		CacheTags.collect(built.tags());
		return built.value();
	}

	private static <V> Built<V> await(CompletableFuture<Built<V>> rebuild) {
		try {
			return rebuild.join();
		}
		catch (CompletionException ex) {
			// The rebuilding request failed (a timeout, an outage): fail this one the
			// same way, so the usual error handling applies.
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Whether the current request may be served a previous result while its rebuild runs:
	 * an anonymous GET or HEAD without a session. A signed-in editor always reads what
	 * was written, their own change included.
	 */
	static boolean staleAllowed() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				|| request.getSession(false) != null) {
			return false;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	/**
	 * A rebuild its caller owes after it has answered with the previous result: run it
	 * exactly once (a computation that returns null keeps nothing, and the next request
	 * rebuilds). Until it has run, the others are served the previous result or wait.
	 */
	static final class Later<V> {

		private final Function<Supplier<V>, V> build;

		private Later(Function<Supplier<V>, V> build) {
			this.build = build;
		}

		/** Builds the result with this computation; its failure is rethrown. */
		V run(Supplier<V> compute) {
			return this.build.apply(compute);
		}

	}

	/** One key: its newest result, and the rebuild running or last run. */
	private static final class Slot<V> {

		final AtomicReference<Built<V>> built = new AtomicReference<>();

		final AtomicReference<Rebuild<V>> rebuild = new AtomicReference<>();

	}

	private record Built<V>(V value, long version, Set<String> tags) {
	}

	/**
	 * A computation started at a version; completes with its result (null if not kept).
	 */
	private record Rebuild<V>(long version, CompletableFuture<Built<V>> future) {
	}

}
