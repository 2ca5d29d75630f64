package org.backchannel.caching;

import java.util.Set;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link VersionedCache}s, each under a name: its hits, misses, evictions and
 * size are Actuator's {@code cache.*} metrics tagged {@code cache=<name>} (for instance
 * {@code /actuator/metrics/cache.gets?tag=cache:events.pages&tag=result:hit}).
 */
@Component
public class VersionedCaches {

	private final ObjectProvider<MeterRegistry> registry;

	private final Generations generations;

	/** Caches on their own, where every move of the version is a change of everything. */
	VersionedCaches(ObjectProvider<MeterRegistry> registry) {
		this(registry, new Generations());
	}

	@Autowired
	VersionedCaches(ObjectProvider<MeterRegistry> registry, Generations generations) {
		this.registry = registry;
		this.generations = generations;
	}

	/**
	 * A cache whose results depend on every write ({@link CacheTags#ALL}).
	 * @param name the cache's name in the metrics
	 * @param capacity how many results to keep; 0 keeps none (every call computes)
	 */
	public <K, V> VersionedCache<K, V> create(String name, int capacity) {
		return create(name, capacity, (key, value) -> Set.of(CacheTags.ALL));
	}

	/**
	 * A cache whose results depend on what {@code tags} says of each (its key and value),
	 * and on the kept results it was built from.
	 * @param name the cache's name in the metrics
	 * @param capacity how many results to keep; 0 keeps none (every call computes)
	 */
	public <K, V> VersionedCache<K, V> create(String name, int capacity, BiFunction<K, V, Set<String>> tags) {
		VersionedCache<K, V> cache = new VersionedCache<>(capacity, this.generations, tags);
		MeterRegistry meters = this.registry.getIfAvailable();
		if (meters != null && cache.caffeine() != null) {
			CaffeineCacheMetrics.monitor(meters, cache.caffeine(), name);
		}
		return cache;
	}

}
