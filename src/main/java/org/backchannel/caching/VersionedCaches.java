package org.backchannel.caching;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link VersionedCache}s, each under a name: its hits, misses, evictions and
 * size are Actuator's {@code cache.*} metrics tagged {@code cache=<name>} (for instance
 * {@code /actuator/metrics/cache.gets?tag=cache:events.pages&tag=result:hit}).
 */
@Component
public class VersionedCaches {

	private final ObjectProvider<MeterRegistry> registry;

	VersionedCaches(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	/**
	 * @param name the cache's name in the metrics
	 * @param capacity how many results to keep; 0 keeps none (every call computes)
	 */
	public <K, V> VersionedCache<K, V> create(String name, int capacity) {
		VersionedCache<K, V> cache = new VersionedCache<>(capacity);
		MeterRegistry meters = this.registry.getIfAvailable();
		if (meters != null && cache.caffeine() != null) {
			CaffeineCacheMetrics.monitor(meters, cache.caffeine(), name);
		}
		return cache;
	}

}
