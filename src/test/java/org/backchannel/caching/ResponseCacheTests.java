package org.backchannel.caching;

import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.StatementCounter;
import org.backchannel.testing.Http;
import org.backchannel.http.ReadAdmission;
import org.backchannel.http.ReadLimits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated reads are served from the caches, and a write anywhere in what they show is
 * seen by the very next read, pages and API alike. Writes, so it has a database of its
 * own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=response-cache")
@Import(StatementCounter.class)
class ResponseCacheTests {

	static final String EVENT = "2025-03-15-rubio-lavrov-phone-call";

	static final List<String> READS = List.of("/", "/?type=PHONE_CALL&q=Lavrov", "/events/" + EVENT,
			"/actors/sergei-lavrov", "/proposals", "/stats", "/api/events?limit=5&channel=MINISTERS",
			"/api/events/" + EVENT, "/api/actors/sergei-lavrov");

	/**
	 * Reads marked expensive (a search) take a token from the read budget every instance
	 * shares before the cache is asked: one statement more.
	 */
	static final Set<String> EXPENSIVE = Set.of("/?type=PHONE_CALL&q=Lavrov");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadAdmission admission;

	@Autowired
	ReadLimits limits;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void everyHeaderThatChangesTheAnswerKeysItsOwnCopyAndIsNamedInVary() {
		String path = "/?type=MEETING";
		String[] fragment = { "HX-Request", "true" };
		String[] restore = { "HX-Request", "true", "HX-History-Restore-Request", "true" };
		for (int round = 0; round < 2; round++) { // the second round is served from the
													// cache
			EntityExchangeResult<String> page = this.web.get().uri(path).exchange().returnResult(String.class);
			EntityExchangeResult<String> htmx = this.web.get()
				.uri(path)
				.headers(Http.headers(fragment))
				.exchange()
				.returnResult(String.class);
			EntityExchangeResult<String> history = this.web.get()
				.uri(path)
				.headers(Http.headers(restore))
				.exchange()
				.returnResult(String.class);
			assertThat(page.getResponseBody()).as("round %d", round).contains("<html");
			assertThat(htmx.getResponseBody()).as("round %d", round).doesNotContain("<html").contains("id=\"results\"");
			assertThat(history.getResponseBody()).as("round %d", round).contains("<html");
			for (EntityExchangeResult<String> response : List.of(page, htmx, history)) {
				assertThat(String.join(", ", response.getResponseHeaders().getOrEmpty("Vary"))).contains("Accept")
					.contains("HX-Request")
					.contains("HX-History-Restore-Request");
			}
		}
		EntityExchangeResult<String> json = this.web.get()
			.uri("/api/events?limit=3")
			.header("Accept", "application/json")
			.exchange()
			.returnResult(String.class);
		EntityExchangeResult<String> csv = this.web.get()
			.uri("/api/events?limit=3")
			.header("Accept", "text/csv")
			.exchange()
			.returnResult(String.class);
		EntityExchangeResult<String> jsonAgain = this.web.get()
			.uri("/api/events?limit=3")
			.header("Accept", "application/json")
			.exchange()
			.returnResult(String.class);
		assertThat(Http.header(json, "Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(Http.header(csv, "Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(jsonAgain.getResponseBody()).isEqualTo(json.getResponseBody());
	}

	@Test
	void aRepeatedReadIsTheSameAnswerForOneStatement() {
		for (String path : READS) {
			EntityExchangeResult<String> first = this.web.get().uri(path).exchange().returnResult(String.class);
			StatementCounter.reset();
			EntityExchangeResult<String> again = this.web.get().uri(path).exchange().returnResult(String.class);
			assertThat(StatementCounter.count()).as("%s: only the data version (and the read budget) is read", path)
				.isEqualTo(EXPENSIVE.contains(path) ? 2 : 1);
			assertThat(again.getStatus().value()).as(path).isEqualTo(200);
			assertThat(again.getResponseBody()).as(path).isEqualTo(first.getResponseBody());
			assertThat(Http.header(again, "Content-Type")).as(path).isEqualTo(Http.header(first, "Content-Type"));
			assertThat(again.getResponseHeaders().getOrEmpty("Vary")).as(path)
				.isEqualTo(first.getResponseHeaders().getOrEmpty("Vary"));
			assertThat(Http.header(again, "Content-Security-Policy")).as(path).isPresent();
		}
		EntityExchangeResult<String> api = this.web.get()
			.uri("/api/events?limit=5&channel=MINISTERS")
			.exchange()
			.returnResult(String.class);
		assertThat(Http.header(api, "Link")).as("the next-page link is kept").isPresent();
		String etag = Http.header(api, "ETag").orElseThrow();
		this.web.get()
			.uri("/api/events?limit=5&channel=MINISTERS")
			.header("If-None-Match", etag)
			.exchange()
			.expectStatus()
			.isEqualTo(304);
	}

	@Test
	void aWriteToAnythingShownIsSeenByTheNextRead() {
		READS.forEach((path) -> this.web.get().uri(path).exchange());
		this.jdbc.sql("update actor set name = 'Sergei V. Lavrov' where slug = 'sergei-lavrov'").update();
		try {
			for (String path : List.of("/", "/events/" + EVENT, "/actors/sergei-lavrov",
					"/api/events?limit=5&channel=MINISTERS", "/api/events/" + EVENT, "/api/actors/sergei-lavrov")) {
				assertThat(this.web.get().uri(path).exchange().returnResult(String.class).getResponseBody()).as(path)
					.contains("Sergei V. Lavrov");
			}
		}
		finally {
			this.jdbc.sql("update actor set name = 'Sergei Lavrov' where slug = 'sergei-lavrov'").update();
		}
		assertThat(this.web.get().uri("/events/" + EVENT).exchange().returnResult(String.class).getResponseBody())
			.doesNotContain("Sergei V. Lavrov");

		this.jdbc
			.sql("update readout set summary = summary || ' Cache check.' where event_id ="
					+ " (select id from event where slug = :slug)")
			.param("slug", EVENT)
			.update();
		assertThat(this.web.get().uri("/events/" + EVENT).exchange().returnResult(String.class).getResponseBody())
			.contains("Cache check.");
		assertThat(this.web.get().uri("/api/events/" + EVENT).exchange().returnResult(String.class).getResponseBody())
			.contains("Cache check.");
	}

	/**
	 * The read admission counts the reads that reach the database: an answer the cache
	 * holds is served while every turn is taken, and one it must build waits for a turn
	 * (here in vain: 503 with Retry-After).
	 */
	@Test
	void aKeptAnswerIsServedWhileEveryReadTurnIsTaken() throws Exception {
		List<String> kept = List.of("/", "/stats", "/api/events?limit=4&channel=LEADERS", "/api/events/" + EVENT);
		Map<String, String> bodies = new HashMap<>();
		kept.forEach(
				(path) -> bodies.put(path, Http.body(this.web.get().uri(path).exchange().returnResult(String.class))));
		List<MockHttpServletRequest> holders = new ArrayList<>();
		try {
			while (holders.size() < this.limits.maxConcurrent()) {
				MockHttpServletRequest holder = new MockHttpServletRequest("GET", "/");
				assertThat(this.admission.enter(holder, new MockHttpServletResponse())).isTrue();
				holders.add(holder);
			}
			for (String path : kept) {
				EntityExchangeResult<String> again = this.web.get().uri(path).exchange().returnResult(String.class);
				assertThat(again.getStatus().value()).as(path).isEqualTo(200);
				assertThat(again.getResponseBody()).as(path).isEqualTo(bodies.get(path));
			}
			EntityExchangeResult<String> built = this.web.get()
				.uri("/api/events?limit=7")
				.exchange()
				.returnResult(String.class);
			assertThat(built.getStatus().value()).isEqualTo(503);
			assertThat(Http.header(built, "Retry-After")).contains("2");
			assertThat(Http.header(built, "Content-Type").orElseThrow()).startsWith("application/problem+json");
		}
		finally {
			holders.forEach(this.admission::leave);
		}
		assertThat(this.web.get().uri("/api/events?limit=7").exchange().returnResult(String.class).getStatus().value())
			.isEqualTo(200);
	}

	@Test
	void signedInReadersAreNeverServedAnAnonymousPage() {
		EntityExchangeResult<String> anonymous = this.web.get()
			.uri("/events/" + EVENT)
			.exchange()
			.returnResult(String.class);
		assertThat(this.web.get().uri("/events/" + EVENT).exchange().returnResult(String.class).getResponseBody())
			.isEqualTo(anonymous.getResponseBody())
			.doesNotContain("account-name");
		String session = Http.signIn(this.web, TestAdmin.USERNAME, TestAdmin.PASSWORD);
		for (String path : List.of("/", "/events/" + EVENT, "/actors/sergei-lavrov")) {
			EntityExchangeResult<String> signedIn = this.web.get()
				.uri(path)
				.header("Cookie", session)
				.exchange()
				.returnResult(String.class);
			assertThat(signedIn.getResponseBody()).as(path).contains("id=\"account-name\"").contains("root");
			assertThat(this.web.get().uri(path).exchange().returnResult(String.class).getResponseBody()).as(path)
				.doesNotContain("account-name");
		}
	}

	@Test
	void adminsSeeEachCachesHitsInActuatorsMetrics() {
		String path = "/api/actors/sergei-lavrov";
		this.web.get().uri(path).exchange().returnResult(String.class);
		this.web.get().uri(path).exchange().returnResult(String.class);
		String hits = "/actuator/metrics/cache.gets?tag=cache:responses&tag=result:hit";
		assertThat(this.web.get().uri(hits).exchange().returnResult(String.class).getStatus().value())
			.as("anonymous readers are sent to sign in")
			.isEqualTo(302);
		String session = Http.signIn(this.web, TestAdmin.USERNAME, TestAdmin.PASSWORD);
		EntityExchangeResult<String> metrics = this.web.get()
			.uri(hits)
			.header("Cookie", session)
			.exchange()
			.returnResult(String.class);
		assertThat(metrics.getStatus().value()).isEqualTo(200);
		JsonNode measurement = Http.json(metrics).get("measurements").get(0);
		assertThat(measurement.get("statistic").asString()).isEqualTo("COUNT");
		assertThat(measurement.get("value").asDouble()).isGreaterThanOrEqualTo(1);
		EntityExchangeResult<String> names = this.web.get()
			.uri("/actuator/metrics/cache.gets")
			.header("Cookie", session)
			.exchange()
			.returnResult(String.class);
		assertThat(names.getResponseBody()).contains("events.pages", "events.counts", "events.details",
				"events.neighbours", "actors.filter-options", "responses");
	}

}
