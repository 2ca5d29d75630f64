package org.backchannel.http;

import org.backchannel.testing.Http;
import org.backchannel.testing.TestAdmin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients at once over HTTP: concurrent edits of one event either apply on the
 * version they read or get 412 (or 409), and the history holds exactly the applied ones;
 * concurrent creates with one title get distinct slugs; mixed reads and writes give no
 * 5xx and lose no acknowledged write. The mixed load runs {@code soak.seconds} (5 by
 * default, a minute with {@code ./mvnw verify -Psoak}). Tagged {@code alone}: it runs
 * alone, after the other ITs (see pom.xml).
 */
@Tag("alone")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=concurrency", "backchannel.request-body.deadline=2s",
				"backchannel.request-body.read-timeout=1s" })
class ConcurrencyIT {

	static final String ADMIN = TestAdmin.BASIC;

	static final String EDITOR = Http.basic("clerk", "clerk-password-for-tests");

	static final int CLIENTS = 8;

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	RestTestClient web;

	long source;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
		if (!this.users.exists("clerk")) {
			this.users.createUser("clerk", "clerk-password-for-tests", Role.EDITOR);
		}
		this.source = this.jdbc.sql("select id from source where seed_file = '001_bed55c691b5d66ca.txt'")
			.query(Long.class)
			.single();
	}

	@Test
	void concurrentEditsEitherApplyOnTheVersionTheyReadOrGetAConflict() throws Exception {
		String slug = create("Contested call", "2026-01-05");
		int applied = 0;
		for (int round = 0; round < 5; round++) {
			EntityExchangeResult<String> current = this.web.get()
				.uri("/api/events/" + slug)
				.exchange()
				.returnResult(String.class);
			String etag = Http.header(current, "ETag").orElseThrow();
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
			List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				String title = "Edit " + round + "." + client;
				answers.add(pool.submit(() -> {
					go.await();
					return send("PUT", "/api/events/" + slug, ADMIN, body(title, "2026-01-05"), etag);
				}));
			}
			go.countDown();
			List<String> winners = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				EntityExchangeResult<String> answer = answers.get(client).get();
				assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isIn(200, 409, 412);
				if (answer.getStatus().value() == 200) {
					winners.add("Edit " + round + "." + client);
				}
			}
			pool.shutdown();
			assertThat(winners).as("exactly one edit applies on a given version").hasSize(1);
			applied++;
			// The winner's edit is what is stored, whole: nothing merged from the losers.
			JsonNode stored = Http
				.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class));
			assertThat(stored.get("title").asString()).isEqualTo(winners.get(0));
		}
		long eventId = this.jdbc.sql("select id from event where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
		List<String> actions = this.jdbc
			.sql("select action from revision where entity_type = 'EVENT' and entity_id = :id order by number")
			.param("id", eventId)
			.query(String.class)
			.list();
		assertThat(actions.stream().filter("UPDATE"::equals).count()).isEqualTo(applied);
	}

	@Test
	void concurrentCreatesWithOneTitleGetDistinctSlugs() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			answers.add(pool.submit(() -> {
				go.await();
				return send("POST", "/api/events", EDITOR, body("Same title", "2026-02-02"), null);
			}));
		}
		go.countDown();
		Set<String> slugs = ConcurrentHashMap.newKeySet();
		for (Future<EntityExchangeResult<String>> answer : answers) {
			EntityExchangeResult<String> response = answer.get();
			assertThat(response.getStatus().value()).as(response.getResponseBody()).isEqualTo(201);
			slugs.add(Http.json(response).get("slug").asString());
		}
		pool.shutdown();
		assertThat(slugs).hasSize(CLIENTS).allMatch((slug) -> slug.startsWith("2026-02-02-same-title"));
	}

	@Test
	void mixedReadsAndWritesForTheSoakLengthLoseNothing() throws Exception {
		Duration length = Duration.ofSeconds(Long.getLong("soak.seconds", 5));
		long end = System.nanoTime() + length.toNanos();
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger serverErrors = new AtomicInteger();
		AtomicInteger requests = new AtomicInteger();
		List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> workers = new ArrayList<>();
		for (int worker = 0; worker < CLIENTS; worker++) {
			boolean writer = worker % 2 == 0;
			int id = worker;
			workers.add(pool.submit(() -> {
				int n = 0;
				while (System.nanoTime() < end) {
					EntityExchangeResult<String> response;
					if (writer) {
						response = writeSomething(id, n++, acknowledged);
					}
					else {
						String[] reads = { "/api/events?limit=50", "/", "/api/events?q=Lavrov", "/stats",
								"/events/2025-03-15-rubio-lavrov-phone-call",
								"/api/changes?since=2020-01-01T00:00:00Z" };
						response = this.web.get()
							.uri(reads[ThreadLocalRandom.current().nextInt(reads.length)])
							.exchange()
							.returnResult(String.class);
					}
					requests.incrementAndGet();
					if (response.getStatus().value() >= 500) {
						serverErrors.incrementAndGet();
						errors.add(response.getStatus().value() + " " + response.getUrl() + " "
								+ response.getResponseBody());
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		assertThat(errors).isEmpty();
		assertThat(serverErrors).hasValue(0);
		assertThat(acknowledged).isNotEmpty();
		// Every acknowledged write reads back as last acknowledged.
		acknowledged.forEach((slug, title) -> {
			EntityExchangeResult<String> stored = send("GET", "/api/events/" + slug, null, null, null);
			assertThat(stored.getStatus().value()).as(slug).isEqualTo(200);
			assertThat(Http.json(stored).get("title").asString()).as(slug).isEqualTo(title);
		});
		// the minute's old floor of 100 requests, in proportion to the length
		assertThat(requests.get()).as("requests in %s", length).isGreaterThan((int) (length.toSeconds() * 5 / 3));
	}

	/**
	 * Creates and publishes an event, or edits one this writer created, retrying on 409
	 * with the fresh version. Returns the last response.
	 */
	private EntityExchangeResult<String> writeSomething(int writer, int n, Map<String, String> acknowledged) {
		List<String> mine = acknowledged.keySet()
			.stream()
			.filter((slug) -> slug.contains("-load-" + writer + "-"))
			.toList();
		if (mine.isEmpty() || n % 3 == 0) {
			String title = "Load " + writer + " " + n;
			EntityExchangeResult<String> created = send("POST", "/api/events", EDITOR, body(title, "2026-03-03"), null);
			if (created.getStatus().value() != 201) {
				return created;
			}
			String slug = Http.json(created).get("slug").asString();
			EntityExchangeResult<String> published = send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "*");
			if (published.getStatus().value() == 200) {
				acknowledged.put(slug, title);
			}
			return published;
		}
		String slug = mine.get(n % mine.size());
		String title = "Load " + writer + " " + n + " edited";
		EntityExchangeResult<String> current = send("GET", "/api/events/" + slug, null, null, null);
		String etag = Http.header(current, "ETag").orElseThrow();
		EntityExchangeResult<String> updated = send("PUT", "/api/events/" + slug, ADMIN, body(title, "2026-03-03"),
				etag);
		if (updated.getStatus().value() == 200) {
			acknowledged.put(slug, title);
		}
		return updated;
	}

	private String create(String title, String date) {
		EntityExchangeResult<String> created = send("POST", "/api/events", EDITOR, body(title, date), null);
		assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
		String slug = Http.json(created).get("slug").asString();
		assertThat(send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "*").getStatus().value())
			.isEqualTo(200);
		return slug;
	}

	private String body(String title, String date) {
		return """
				{"title": "%s", "type": "PHONE_CALL", "date": "%s", "datePrecision": "DAY",
				 "summary": "A call under load.", "initiator": "NOT_REPORTED", "confirmDuplicate": true,
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"},
				                  {"actor": "sergei-lavrov", "role": "PRINCIPAL"}],
				 "sources": [%d]}
				""".formatted(title, date, this.source);
	}

	private EntityExchangeResult<String> send(String method, String path, String authorization, String json,
			String ifMatch) {
		RestTestClient.RequestBodySpec request = this.web.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (json != null) {
			request.body(json);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request.exchange().returnResult(String.class);
	}

}
