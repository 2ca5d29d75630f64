package org.backchannel.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a write, one request rebuilds a result that shows what it touched; anonymous
 * readers meanwhile get the previous result, everyone else waits for the new one, and the
 * first answer after the rebuild is the new one.
 */
class StaleWhileRebuildingTests {

	static final String EVENT = CacheTags.event(7);

	final Generations generations = new Generations();

	final VersionedCache<String, String> cache = new VersionedCache<>(10, this.generations,
			(key, value) -> Set.of(EVENT));

	final AtomicInteger rebuilds = new AtomicInteger();

	final CountDownLatch release = new CountDownLatch(1);

	final ExecutorService pool = Executors.newFixedThreadPool(17);

	@AfterEach
	void stop() {
		this.release.countDown();
		this.pool.shutdownNow();
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void manyReadersAfterAWriteCauseOneRebuildAndGetThePreviousAnswerMeanwhile() throws Exception {
		keptAtVersionOne();
		write(2, EVENT);
		Future<String> builder = this.pool.submit(anonymous(() -> this.cache.get("page", 2, this::slowRebuild)));
		awaitRebuildStarted();
		List<Future<String>> readers = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			readers.add(this.pool.submit(anonymous(() -> this.cache.get("page", 2, this::slowRebuild))));
		}
		for (Future<String> reader : readers) {
			assertThat(reader.get(10, TimeUnit.SECONDS)).as("served while the rebuild runs").isEqualTo("old");
		}
		assertThat(builder.isDone()).isFalse();
		this.release.countDown();
		assertThat(builder.get(10, TimeUnit.SECONDS)).isEqualTo("new");
		assertThat(anonymous(() -> this.cache.get("page", 2, this::slowRebuild)).call())
			.as("the first answer after the rebuild")
			.isEqualTo("new");
		assertThat(this.rebuilds).as("one rebuild for 18 readers").hasValue(1);
	}

	@Test
	void aSignedInReaderWaitsForTheRebuildAndGetsTheNewAnswer() throws Exception {
		keptAtVersionOne();
		write(2, EVENT);
		this.pool.submit(anonymous(() -> this.cache.get("page", 2, this::slowRebuild)));
		awaitRebuildStarted();
		Future<String> editor = this.pool.submit(() -> {
			bind("GET");
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("editor", null,
						AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
			return this.cache.get("page", 2, this::slowRebuild);
		});
		Future<String> write = this.pool.submit(() -> {
			bind("POST");
			return this.cache.get("page", 2, this::slowRebuild);
		});
		Thread.sleep(200);
		assertThat(editor.isDone()).as("the editor waits for the rebuild").isFalse();
		assertThat(write.isDone()).as("so does a write").isFalse();
		this.release.countDown();
		assertThat(editor.get(10, TimeUnit.SECONDS)).isEqualTo("new");
		assertThat(write.get(10, TimeUnit.SECONDS)).isEqualTo("new");
		assertThat(this.rebuilds).hasValue(1);
	}

	@Test
	void aReaderWhoWouldRebuildOnABusySiteGetsThePreviousAnswerAndRebuildsAfter() throws Exception {
		keptAtVersionOne();
		write(2, EVENT);
		List<VersionedCache.Later<String>> owed = new ArrayList<>();
		assertThat(anonymous(() -> this.cache.get("page", 2, () -> "built at once", true, owed::add)).call())
			.isEqualTo("old");
		assertThat(owed).as("the rebuild it owes").hasSize(1);
		assertThat(anonymous(() -> this.cache.get("page", 2, this::slowRebuild, true, owed::add)).call())
			.as("another reader meanwhile")
			.isEqualTo("old");
		assertThat(owed).as("one rebuild however many ask").hasSize(1);
		assertThat(this.rebuilds).hasValue(0);
		assertThat(owed.get(0).run(() -> "new")).isEqualTo("new");
		assertThat(anonymous(() -> this.cache.get("page", 2, this::slowRebuild, true, owed::add)).call())
			.as("the first answer after the rebuild")
			.isEqualTo("new");
		assertThat(this.rebuilds).hasValue(0);
	}

	@Test
	void aRebuildOwedThatKeepsNothingLeavesItToTheNextReader() throws Exception {
		keptAtVersionOne();
		write(2, EVENT);
		List<VersionedCache.Later<String>> owed = new ArrayList<>();
		anonymous(() -> this.cache.get("page", 2, () -> "built at once", true, owed::add)).call();
		assertThat(owed.get(0).run(() -> null)).isNull();
		assertThat(anonymous(() -> this.cache.get("page", 2, () -> "rebuilt by the next", true, null)).call())
			.isEqualTo("rebuilt by the next");
	}

	@Test
	void aSignedInReaderOnABusySiteStillWaitsForTheNewAnswer() throws Exception {
		keptAtVersionOne();
		write(2, EVENT);
		List<VersionedCache.Later<String>> owed = new ArrayList<>();
		assertThat(this.cache.get("page", 2, () -> "new", false, owed::add)).as("no previous answer for it")
			.isEqualTo("new");
		assertThat(owed).isEmpty();
	}

	@Test
	void aWriteThatTouchesSomethingElseLeavesTheResultFresh() throws Exception {
		keptAtVersionOne();
		write(2, CacheTags.event(8), CacheTags.actor("someone-else"));
		assertThat(anonymous(() -> this.cache.get("page", 2, () -> "rebuilt")).call()).isEqualTo("old");
		write(3, EVENT);
		assertThat(anonymous(() -> this.cache.get("page", 3, () -> "rebuilt")).call()).isEqualTo("rebuilt");
	}

	@Test
	void aChangeOfEverythingOrAnUnknownVersionMakesEveryResultStale() throws Exception {
		keptAtVersionOne();
		write(2, CacheTags.EVERYTHING);
		assertThat(this.cache.get("page", 2, () -> "after everything")).isEqualTo("after everything");
		// Version 4 arrives with the row of version 3 missing (deleted, or moved by
		// hand).
		this.generations.apply(2, 4, List.of(new Generations.Change(4, List.of(CacheTags.event(8)))));
		assertThat(this.cache.get("page", 4, () -> "after a gap")).isEqualTo("after a gap");
	}

	@Test
	void aRebuildStartedBeforeTheLatestWriteIsNotWaitedFor() throws Exception {
		keptAtVersionOne();
		write(2, EVENT);
		this.pool.submit(anonymous(() -> this.cache.get("page", 2, this::slowRebuild)));
		awaitRebuildStarted();
		write(3, EVENT);
		assertThat(anonymous(() -> this.cache.get("page", 3, () -> "newer")).call())
			.as("the rebuild running started before version 3: this reader builds its own")
			.isEqualTo("newer");
		this.release.countDown();
		Thread.sleep(100);
		assertThat(anonymous(() -> this.cache.get("page", 3, () -> "again")).call())
			.as("the older rebuild, finishing last, does not replace the newer result")
			.isEqualTo("newer");
	}

	@Test
	void whatIsBuiltFromAKeptResultDependsOnItsTags() throws Exception {
		VersionedCache<String, String> responses = new VersionedCache<>(10, this.generations, (key, value) -> Set.of());
		keptAtVersionOne();
		assertThat(responses.get("/events/seven", 1, () -> "page of " + this.cache.get("page", 1, () -> "?")))
			.isEqualTo("page of old");
		write(2, CacheTags.actor("unrelated"));
		assertThat(responses.get("/events/seven", 2, () -> "rebuilt")).isEqualTo("page of old");
		write(3, EVENT);
		assertThat(responses.get("/events/seven", 3, () -> "rebuilt")).isEqualTo("rebuilt");
	}

	private void keptAtVersionOne() {
		this.generations.apply(Long.MIN_VALUE, 1, List.of());
		assertThat(this.cache.get("page", 1, () -> "old")).isEqualTo("old");
	}

	private void write(long version, String... tags) {
		this.generations.apply(version - 1, version, List.of(new Generations.Change(version, List.of(tags))));
	}

	private String slowRebuild() {
		this.rebuilds.incrementAndGet();
		try {
			this.release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "new";
	}

	private void awaitRebuildStarted() throws InterruptedException {
		for (int i = 0; i < 200 && this.rebuilds.get() == 0; i++) {
			Thread.sleep(10);
		}
		assertThat(this.rebuilds).hasValue(1);
	}

	/** Runs as an anonymous GET without a session. */
	private static <T> java.util.concurrent.Callable<T> anonymous(Supplier<T> read) {
		return () -> {
			bind("GET");
			try {
				return read.get();
			}
			finally {
				RequestContextHolder.resetRequestAttributes();
			}
		};
	}

	private static void bind(String method) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/events/seven")));
	}

}
