package org.backchannel.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VersionedCacheTests {

	@Test
	void aResultIsKeptUntilTheVersionMoves() {
		VersionedCache<String, Integer> cache = new VersionedCache<>(10);
		AtomicInteger computed = new AtomicInteger();
		assertThat(cache.get("count", 1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("count", 1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("count", 2, computed::incrementAndGet)).isEqualTo(2);
		assertThat(computed).hasValue(2);
	}

	@Test
	void concurrentMissesComputeOnce() throws Exception {
		VersionedCache<String, Integer> cache = new VersionedCache<>(10);
		AtomicInteger computed = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				answers.add(pool.submit(() -> cache.get("slow count", 7, () -> {
					computed.incrementAndGet();
					await(release);
					return 42;
				})));
			}
			Thread.sleep(200);
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(42);
			}
			assertThat(computed).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aFailureReachesEveryoneWaitingAndIsNotKept() {
		VersionedCache<String, Integer> cache = new VersionedCache<>(10);
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> cache.get("count", 1, () -> {
			throw new QueryTimeoutException("too slow");
		}));
		assertThat(cache.get("count", 1, () -> 3)).isEqualTo(3);
	}

	@Test
	void anOlderVersionsEntriesAreDroppedOnceANewerOneIsAskedFor() {
		VersionedCache<String, Integer> cache = new VersionedCache<>(10);
		cache.put("count", 1, 10);
		cache.put("page", 1, 20);
		assertThat(cache.find("count", 1)).isEqualTo(10);
		assertThat(cache.get("count", 2, () -> 11)).isEqualTo(11);
		assertThat(cache.find("page", 1)).as("read under version 1, never served again").isNull();
		assertThat(cache.find("count", 2)).isEqualTo(11);
	}

	@Test
	void itKeepsNoMoreEntriesThanItsCapacity() {
		VersionedCache<Integer, Integer> cache = new VersionedCache<>(2);
		for (int key = 0; key < 50; key++) {
			cache.put(key, 1, key);
		}
		cache.caffeine().cleanUp();
		assertThat(cache.caffeine().estimatedSize()).isEqualTo(2);
	}

	@Test
	void aCacheOfCapacityZeroComputesEveryTime() {
		VersionedCache<String, Integer> cache = new VersionedCache<>(0);
		AtomicInteger computed = new AtomicInteger();
		cache.get("count", 1, computed::incrementAndGet);
		cache.put("count", 1, 5);
		assertThat(cache.find("count", 1)).isNull();
		assertThat(cache.get("count", 1, computed::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void hitsAndMissesAreCountedUnderTheCachesName() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		VersionedCache<String, Integer> cache = new VersionedCaches(
				new StaticListableBeanFactory(Map.of("registry", registry)).getBeanProvider(MeterRegistry.class))
			.create("events.counts", 10);
		cache.get("count", 1, () -> 1);
		cache.get("count", 1, () -> 1);
		cache.get("count", 1, () -> 1);
		assertThat(registry.get("cache.gets").tags("cache", "events.counts", "result", "hit").functionCounter().count())
			.isEqualTo(2);
		assertThat(
				registry.get("cache.gets").tags("cache", "events.counts", "result", "miss").functionCounter().count())
			.isEqualTo(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
