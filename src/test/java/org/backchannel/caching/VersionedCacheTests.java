package org.backchannel.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

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
	void theLeastRecentlyUsedEntriesGoFirst() {
		VersionedCache<Integer, Integer> cache = new VersionedCache<>(2);
		AtomicInteger computed = new AtomicInteger();
		cache.get(1, 1, computed::incrementAndGet);
		cache.get(2, 1, computed::incrementAndGet);
		cache.get(1, 1, computed::incrementAndGet);
		cache.get(3, 1, computed::incrementAndGet);
		assertThat(computed).hasValue(3);
		cache.get(1, 1, computed::incrementAndGet);
		assertThat(computed).as("1 was used more recently than 2, so it stayed").hasValue(3);
		cache.get(2, 1, computed::incrementAndGet);
		assertThat(computed).hasValue(4);
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
