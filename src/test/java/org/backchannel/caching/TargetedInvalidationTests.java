package org.backchannel.caching;

import org.backchannel.testing.Http;
import org.backchannel.testing.StatementCounter;
import org.backchannel.testing.TestAdmin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write drops only what it touched, on the real database's change log (V33): an event's
 * write leaves the pages of actors and events it does not involve cached; after it, many
 * readers cause one rebuild per key and meanwhile get the previous answer; the editor who
 * wrote sees the change at once; ETags always name the body served. Shares the database
 * of {@link ResponseCacheTests} (same context) and puts back what it changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=response-cache")
@Import(StatementCounter.class)
class TargetedInvalidationTests {

	static final String EVENT = ResponseCacheTests.EVENT;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	VersionedCaches caches;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@AfterEach
	void putBack() {
		this.jdbc.sql("update event set title = replace(title, ' (updated)', '') where title like '% (updated)'")
			.update();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theChangeLogNamesTheEventItsActorsAndItsProposals() {
		long before = this.jdbc.sql("select version from event_data_version").query(Long.class).single();
		retitle();
		List<String> tags = this.jdbc.sql("select unnest(tags) from cache_change where version > :before")
			.param("before", before)
			.query(String.class)
			.list();
		long id = this.jdbc.sql("select id from event where slug = :slug")
			.param("slug", EVENT)
			.query(Long.class)
			.single();
		assertThat(tags).contains(CacheTags.event(id), CacheTags.actor("sergei-lavrov"), CacheTags.actor("marco-rubio"))
			.doesNotContain(CacheTags.EVERYTHING);
		this.jdbc.sql("update actor set description = description where slug = 'sergei-lavrov'").update();
		assertThat(this.jdbc.sql("select tags from cache_change order by version desc limit 1")
			.query((rs, row) -> Arrays.asList((String[]) rs.getArray(1).getArray()))
			.single()).as("a write to an actor touches everything").containsExactly(CacheTags.EVERYTHING);
	}

	@Test
	void anEventsWriteLeavesThePagesOfActorsAndEventsItDoesNotInvolveCached() {
		String actor = this.jdbc.sql("""
				select a.slug from actor a
				 where exists (select 1 from event_participant p join event e on e.id = p.event_id
				                where p.actor_id = a.id and e.status = 'PUBLISHED')
				   and a.id not in (select p.actor_id from event_participant p join event e on e.id = p.event_id
				                     where e.slug = :slug)
				 order by a.slug limit 1""").param("slug", EVENT).query(String.class).single();
		String event = this.jdbc.sql("""
				select e.slug from event e
				 where e.status = 'PUBLISHED' and not exists (
				       select 1 from event_participant p join event_participant q on q.actor_id = p.actor_id
				         join event x on x.id = q.event_id
				        where p.event_id = e.id and x.slug = :slug)
				 order by e.slug limit 1""").param("slug", EVENT).query(String.class).single();
		List<String> untouched = List.of("/actors/" + actor, "/api/actors/" + actor, "/events/" + event,
				"/api/events/" + event);
		List<String> bodies = untouched.stream().map(this::body).toList();
		body("/actors/sergei-lavrov");
		retitle();
		assertStillCached(untouched, bodies);
		for (String touched : List.of("/?actor=marco-rubio&actor=sergei-lavrov&from=2025-03-01&to=2025-03-31",
				"/events/" + EVENT, "/api/events/" + EVENT)) {
			assertThat(body(touched)).as(touched).contains("(updated)");
		}
		StatementCounter.reset();
		body("/actors/sergei-lavrov");
		assertThat(StatementCounter.count()).as("the page of an actor of the event is built again").isGreaterThan(1);
	}

	@Test
	void aChangeOfAnEventsTextLeavesTheStatisticsCachedAndAChangeOfAFigureShowsInThemAtOnce() {
		String before = body("/stats");
		retitle();
		assertStillCached(List.of("/stats"), List.of(before));
		try {
			contactStatus("CANCELLED");
			StatementCounter.reset();
			String cancelled = body("/stats");
			assertThat(StatementCounter.count()).as("a held contact fewer: the page is built again").isGreaterThan(1);
			assertThat(cancelled).isNotEqualTo(before);
			contactStatus("HELD");
			assertThat(body("/stats")).as("the contact held again").isEqualTo(before);
			rubiosRole("PRINCIPAL", "MEDIATOR");
			assertThat(body("/stats")).as("a contact of the Rubio–Lavrov pair fewer").isNotEqualTo(before);
		}
		finally {
			contactStatus("HELD");
			rubiosRole("MEDIATOR", "PRINCIPAL");
		}
		assertThat(body("/stats")).as("every figure back").isEqualTo(before);
	}

	@Test
	void theCoverageFollowsTheLatestHeldContactAtOnce() {
		String latest = "2026-04-29-trump-putin-phone-call";
		assertThat(body("/api/coverage")).contains("\"lastContact\":\"2026-04\"");
		try {
			contactStatus(latest, "CANCELLED");
			assertThat(body("/api/coverage")).as("the latest held contact is now one of March 2026")
				.contains("\"lastContact\":\"2026-03\"");
		}
		finally {
			contactStatus(latest, "HELD");
		}
		assertThat(body("/api/coverage")).contains("\"lastContact\":\"2026-04\"");
	}

	@Test
	void manyReadersAfterAWriteRebuildOnceAndGetThePreviousAnswerMeanwhile() throws Exception {
		long id = this.jdbc.sql("select id from event where slug = :slug")
			.param("slug", EVENT)
			.query(Long.class)
			.single();
		VersionedCache<String, String> titles = this.caches.create("test.titles", 10,
				(key, value) -> java.util.Set.of(CacheTags.event(id)));
		AtomicInteger rebuilds = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(17);
		try {
			assertThat(pool.submit(() -> read(titles, rebuilds, null)).get(10, TimeUnit.SECONDS))
				.doesNotContain("(updated)");
			retitle();
			Future<String> builder = pool.submit(() -> read(titles, rebuilds, release));
			for (int i = 0; i < 200 && rebuilds.get() < 2; i++) {
				Thread.sleep(10);
			}
			List<Future<String>> readers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				readers.add(pool.submit(() -> read(titles, rebuilds, release)));
			}
			for (Future<String> reader : readers) {
				assertThat(reader.get(10, TimeUnit.SECONDS)).as("the previous title while the rebuild runs")
					.doesNotContain("(updated)");
			}
			release.countDown();
			assertThat(builder.get(10, TimeUnit.SECONDS)).contains("(updated)");
			assertThat(pool.submit(() -> read(titles, rebuilds, null)).get(10, TimeUnit.SECONDS))
				.as("the first answer after the rebuild")
				.contains("(updated)");
			assertThat(rebuilds).as("the first read and one rebuild").hasValue(2);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void theEditorWhoWroteSeesTheChangeAtOnceAndETagsNameTheBodyServed() {
		EntityExchangeResult<String> before = get("/api/events/" + EVENT, null);
		String session = Http.signIn(this.web, TestAdmin.USERNAME, TestAdmin.PASSWORD);
		get("/events/" + EVENT, session);
		retitle();
		assertThat(Http.body(get("/events/" + EVENT, session))).contains("(updated)");
		assertThat(Http.body(get("/api/events/" + EVENT, session))).contains("(updated)");
		EntityExchangeResult<String> after = get("/api/events/" + EVENT, null);
		EntityExchangeResult<String> again = get("/api/events/" + EVENT, null);
		assertThat(Http.body(after)).contains("(updated)").isEqualTo(Http.body(again));
		String tag = Http.header(after, "ETag").orElseThrow();
		assertThat(Http.header(again, "ETag")).contains(tag);
		assertThat(tag).isNotEqualTo(Http.header(before, "ETag").orElseThrow());
		assertThat(this.web.get()
			.uri("/api/events/" + EVENT)
			.header("If-None-Match", Http.header(before, "ETag").orElseThrow())
			.exchange()
			.returnResult(String.class)
			.getResponseBody()).as("the old tag: the new body").contains("(updated)");
		this.web.get()
			.uri("/api/events/" + EVENT)
			.header("If-None-Match", tag)
			.exchange()
			.expectStatus()
			.isEqualTo(304);
		for (String path : List.of("/api/events?limit=5", "/")) {
			EntityExchangeResult<String> list = get(path, null);
			EntityExchangeResult<String> cached = get(path, null);
			assertThat(Http.body(cached)).as(path).isEqualTo(Http.body(list));
			assertThat(Http.header(cached, "ETag")).as(path).isEqualTo(Http.header(list, "ETag"));
		}
	}

	@Test
	void anEventsWriteLeavesTheProposalListsAndTheProposalsItDoesNotNameCached() {
		String linked = this.jdbc.sql("""
				select e.slug from event e join event_proposal ep on ep.event_id = e.id
				 where e.status = 'PUBLISHED' order by e.slug limit 1""").query(String.class).single();
		List<String> named = this.jdbc.sql("""
				select p.slug from proposal p join event_proposal ep on ep.proposal_id = p.id
				  join event e on e.id = ep.event_id where e.slug = :slug""")
			.param("slug", linked)
			.query(String.class)
			.list();
		String other = this.jdbc.sql("select slug from proposal where slug not in (:named) order by slug limit 1")
			.param("named", named)
			.query(String.class)
			.single();
		List<String> untouched = List.of("/proposals", "/api/proposals", "/proposals/" + other,
				"/api/proposals/" + other);
		List<String> bodies = untouched.stream().map(this::body).toList();
		EntityExchangeResult<String> before = get("/api/proposals/" + named.get(0), null);
		body("/proposals/" + named.get(0));
		retitle(linked);
		assertStillCached(untouched, bodies);
		assertThat(body("/proposals/" + named.get(0))).as("the page of a proposal the event names")
			.contains("(updated)");
		EntityExchangeResult<String> after = get("/api/proposals/" + named.get(0), null);
		assertThat(Http.body(after)).contains("(updated)");
		String tag = Http.header(after, "ETag").orElseThrow();
		assertThat(tag).as("a new body, a new tag").isNotEqualTo(Http.header(before, "ETag").orElseThrow());
		this.web.get()
			.uri("/api/proposals/" + named.get(0))
			.header("If-None-Match", tag)
			.exchange()
			.expectStatus()
			.isEqualTo(304);
	}

	/** An anonymous GET's read of the event's title through a cache; slow if held. */
	private String read(VersionedCache<String, String> titles, AtomicInteger rebuilds, CountDownLatch hold) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/events/" + EVENT)));
		try {
			return titles.get("title", this.dataVersion.current(), () -> {
				rebuilds.incrementAndGet();
				String title = this.jdbc.sql("select title from event where slug = :slug")
					.param("slug", EVENT)
					.query(String.class)
					.single();
				if (hold != null) {
					try {
						hold.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				return title;
			});
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private void contactStatus(String status) {
		contactStatus(EVENT, status);
	}

	private void contactStatus(String slug, String status) {
		this.jdbc.sql("update event set contact_status = :status where slug = :slug")
			.param("status", status)
			.param("slug", slug)
			.update();
	}

	private void rubiosRole(String from, String to) {
		this.jdbc.sql("""
				update event_participant set role = :to
				 where role = :from and event_id = (select id from event where slug = :slug)
				   and actor_id = (select id from actor where slug = 'marco-rubio')""")
			.param("from", from)
			.param("to", to)
			.param("slug", EVENT)
			.update();
	}

	private void retitle() {
		retitle(EVENT);
	}

	private void retitle(String slug) {
		this.jdbc.sql("update event set title = title || ' (updated)' where slug = :slug").param("slug", slug).update();
	}

	/**
	 * Each page is served from the cache with the body it had: one statement, the data
	 * version's.
	 */
	private void assertStillCached(List<String> paths, List<String> bodies) {
		for (int i = 0; i < paths.size(); i++) {
			StatementCounter.reset();
			assertThat(body(paths.get(i))).as(paths.get(i)).isEqualTo(bodies.get(i));
			assertThat(StatementCounter.count()).as("%s is still cached: only the data version is read", paths.get(i))
				.isEqualTo(1);
		}
	}

	private String body(String path) {
		EntityExchangeResult<String> result = get(path, null);
		assertThat(result.getStatus().value()).as(path).isEqualTo(200);
		return Http.body(result);
	}

	private EntityExchangeResult<String> get(String path, String session) {
		return this.web.get().uri(path).headers((headers) -> {
			if (session != null) {
				headers.add("Cookie", session);
			}
		}).exchange().returnResult(String.class);
	}

}
