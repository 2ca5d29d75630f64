package org.backchannel.caching;

import org.backchannel.testing.StatementCounter;
import org.backchannel.testing.WebClient;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated reads are served from the caches, and a write anywhere in what they show is
 * seen by the very next read, pages and API alike. Writes, so it has a database of its
 * own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=response-cache", "backchannel.admin.username=root",
				"backchannel.admin.password=rook-castle-for-tests" })
@Import(StatementCounter.class)
class ResponseCacheTests {

	static final String EVENT = "2025-03-15-rubio-lavrov-phone-call";

	static final List<String> READS = List.of("/", "/?type=PHONE_CALL&q=Lavrov", "/events/" + EVENT,
			"/actors/sergei-lavrov", "/proposals", "/stats", "/api/events?limit=5&channel=MINISTERS",
			"/api/events/" + EVENT, "/api/actors/sergei-lavrov");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void everyHeaderThatChangesTheAnswerKeysItsOwnCopyAndIsNamedInVary() {
		String path = "/?type=MEETING";
		String[] fragment = { "HX-Request", "true" };
		String[] restore = { "HX-Request", "true", "HX-History-Restore-Request", "true" };
		for (int round = 0; round < 2; round++) { // the second round is served from the
													// cache
			HttpResponse<String> page = this.web.get(path);
			HttpResponse<String> htmx = this.web.get(path, fragment);
			HttpResponse<String> history = this.web.get(path, restore);
			assertThat(page.body()).as("round %d", round).contains("<html");
			assertThat(htmx.body()).as("round %d", round).doesNotContain("<html").contains("id=\"results\"");
			assertThat(history.body()).as("round %d", round).contains("<html");
			for (HttpResponse<String> response : List.of(page, htmx, history)) {
				assertThat(String.join(", ", response.headers().allValues("Vary"))).contains("Accept")
					.contains("HX-Request")
					.contains("HX-History-Restore-Request");
			}
		}
		HttpResponse<String> json = this.web.get("/api/events?limit=3", "Accept", "application/json");
		HttpResponse<String> csv = this.web.get("/api/events?limit=3", "Accept", "text/csv");
		HttpResponse<String> jsonAgain = this.web.get("/api/events?limit=3", "Accept", "application/json");
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(jsonAgain.body()).isEqualTo(json.body());
	}

	@Test
	void aRepeatedReadIsTheSameAnswerForOneStatement() {
		for (String path : READS) {
			HttpResponse<String> first = this.web.get(path);
			StatementCounter.reset();
			HttpResponse<String> again = this.web.get(path);
			assertThat(StatementCounter.count()).as("%s: only the data version is read", path).isEqualTo(1);
			assertThat(again.statusCode()).as(path).isEqualTo(200);
			assertThat(again.body()).as(path).isEqualTo(first.body());
			assertThat(again.headers().firstValue("Content-Type")).as(path)
				.isEqualTo(first.headers().firstValue("Content-Type"));
			assertThat(again.headers().allValues("Vary")).as(path).isEqualTo(first.headers().allValues("Vary"));
			assertThat(again.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
		HttpResponse<String> api = this.web.get("/api/events?limit=5&channel=MINISTERS");
		assertThat(api.headers().firstValue("Link")).as("the next-page link is kept").isPresent();
		String etag = api.headers().firstValue("ETag").orElseThrow();
		assertThat(this.web.get("/api/events?limit=5&channel=MINISTERS", "If-None-Match", etag).statusCode())
			.isEqualTo(304);
	}

	@Test
	void aWriteToAnythingShownIsSeenByTheNextRead() {
		READS.forEach(this.web::get);
		this.jdbc.sql("update actor set name = 'Sergei V. Lavrov' where slug = 'sergei-lavrov'").update();
		try {
			for (String path : List.of("/", "/events/" + EVENT, "/actors/sergei-lavrov",
					"/api/events?limit=5&channel=MINISTERS", "/api/events/" + EVENT, "/api/actors/sergei-lavrov")) {
				assertThat(this.web.get(path).body()).as(path).contains("Sergei V. Lavrov");
			}
		}
		finally {
			this.jdbc.sql("update actor set name = 'Sergei Lavrov' where slug = 'sergei-lavrov'").update();
		}
		assertThat(this.web.get("/events/" + EVENT).body()).doesNotContain("Sergei V. Lavrov");

		this.jdbc
			.sql("update readout set summary = summary || ' Cache check.' where event_id ="
					+ " (select id from event where slug = :slug)")
			.param("slug", EVENT)
			.update();
		assertThat(this.web.get("/events/" + EVENT).body()).contains("Cache check.");
		assertThat(this.web.get("/api/events/" + EVENT).body()).contains("Cache check.");
	}

	@Test
	void signedInReadersAreNeverServedAnAnonymousPage() {
		HttpResponse<String> anonymous = this.web.get("/events/" + EVENT);
		assertThat(this.web.get("/events/" + EVENT).body()).isEqualTo(anonymous.body()).doesNotContain("account-name");
		String session = this.web.signIn("root", "rook-castle-for-tests");
		for (String path : List.of("/", "/events/" + EVENT, "/actors/sergei-lavrov")) {
			HttpResponse<String> signedIn = this.web.get(path, "Cookie", session);
			assertThat(signedIn.body()).as(path).contains("id=\"account-name\"").contains("root");
			assertThat(this.web.get(path).body()).as(path).doesNotContain("account-name");
		}
	}

	@Test
	void adminsSeeEachCachesHitsInActuatorsMetrics() {
		String path = "/api/actors/sergei-lavrov";
		this.web.get(path);
		this.web.get(path);
		String hits = "/actuator/metrics/cache.gets?tag=cache:responses&tag=result:hit";
		assertThat(this.web.get(hits).statusCode()).as("anonymous readers are sent to sign in").isEqualTo(302);
		String session = this.web.signIn("root", "rook-castle-for-tests");
		HttpResponse<String> metrics = this.web.get(hits, "Cookie", session);
		assertThat(metrics.statusCode()).isEqualTo(200);
		JsonNode measurement = WebClient.parse(metrics).get("measurements").get(0);
		assertThat(measurement.get("statistic").asString()).isEqualTo("COUNT");
		assertThat(measurement.get("value").asDouble()).isGreaterThanOrEqualTo(1);
		HttpResponse<String> names = this.web.get("/actuator/metrics/cache.gets", "Cookie", session);
		assertThat(names.body()).contains("events.pages", "events.counts", "events.details", "events.neighbours",
				"actors.filter-options", "responses");
	}

}
