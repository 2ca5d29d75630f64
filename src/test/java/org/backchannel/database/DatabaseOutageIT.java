package org.backchannel.database;

import org.backchannel.testing.Http;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.backchannel.BackchannelApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running app and comes back: meanwhile pages and API
 * answer 503 quickly and health is DOWN; afterwards the app recovers by itself with every
 * acknowledged write intact. The tests share one PostgreSQL server, migrated once, and
 * the two frozen-database tests one app; each leaves the server running and thawed.
 * Tagged {@code alone}: its time limits are the app's own, so it runs alone, after the
 * other ITs (see pom.xml).
 */
@Tag("alone")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

	@TempDir
	static Path directory;

	static Path data;

	static int databasePort;

	/** Replaced when the outage test stops and starts the server again. */
	static EmbeddedPostgres database;

	/** The app the frozen-database tests share: no caches, an admin to sign in with. */
	static ConfigurableApplicationContext frozenApp;

	@BeforeAll
	static void startTheDatabase() throws IOException {
		data = directory.resolve("pg");
		databasePort = freePort();
		database = startDatabase(data, databasePort);
	}

	@AfterAll
	static void stopTheAppAndTheDatabase() throws IOException {
		if (frozenApp != null) {
			frozenApp.close();
		}
		database.close();
	}

	@Test
	@Order(1)
	void theAppSurvivesADatabaseOutageAndRecoversByItself() throws Exception {
		boolean down = false;
		// A refused connection is given up after half a second instead of the pool's 2 s:
		// the same answers, without waiting 2 s for each (the frozen database's tests
		// below keep the timeouts they measure).
		try (ConfigurableApplicationContext app = SpringApplication.run(BackchannelApplication.class, "--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.connection-timeout=500")) {
			RestTestClient web = Http
				.client(Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
			web.get().uri("/api/events").exchange().expectStatus().isEqualTo(200);
			web.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(200);
			JdbcClient.create(database.getPostgresDatabase())
				.sql("insert into actor (slug, name, kind, country) values ('written-before', 'Written Before', 'PERSON', 'US')")
				.update();

			database.close(); // the outage
			down = true;

			long start = System.nanoTime();
			EntityExchangeResult<String> page = web.get().uri("/").exchange().returnResult(String.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			assertThat(page.getStatus().value()).isEqualTo(503);
			assertThat(page.getResponseBody()).contains("Temporarily unavailable").doesNotContain("Exception");

			EntityExchangeResult<String> api = web.get().uri("/api/events").exchange().returnResult(String.class);
			assertThat(api.getStatus().value()).isEqualTo(503);
			assertThat(Http.header(api, "Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(Http.header(api, "Retry-After")).isPresent();
			assertThat(Http.json(api).get("title").asString()).isEqualTo("Temporarily unavailable");
			assertThat(Http.body(api)).doesNotContain("PSQLException").doesNotContain("at org.");

			web.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);
			web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);

			database = startDatabase(data, databasePort); // back again, same files
			down = false;

			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			int status = 0;
			while (System.nanoTime() < deadline && (status = web.get()
				.uri("/api/actors/written-before")
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value()) != 200) {
				Thread.sleep(250);
			}
			assertThat(status).as("the app serves again without a restart").isEqualTo(200);
			web.get().uri("/").exchange().expectStatus().isEqualTo(200);
			web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(200);
		}
		finally {
			if (down) {
				database = startDatabase(data, databasePort);
			}
		}
	}

	/**
	 * A database that is alive but silent (SIGSTOP on the postmaster and every backend,
	 * as a frozen host or a partition would look): a page, the API and readiness answer
	 * 503 within 5 seconds, and everything is served again once it thaws.
	 */
	@Test
	@Order(2)
	void aFrozenDatabaseGetsA503WithinFiveSecondsAndTheAppRecoversWhenItThaws() throws Exception {
		List<String> frozen = new ArrayList<>();
		try {
			RestTestClient web = Http.client(frozenAppPort());
			web.get().uri("/actors").exchange().expectStatus().isEqualTo(200);
			web.get().uri("/api/events").exchange().expectStatus().isEqualTo(200);
			web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(200);

			String postmaster = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
			frozen.add(postmaster);
			frozen.addAll(children(postmaster));
			assertThat(frozen).hasSizeGreaterThan(1);
			signal("-STOP", frozen);
			Thread.sleep(1000); // pooled connections are now idle past Hikari's bypass
								// window

			for (String path : List.of("/actors", "/api/events?q=ceasefire", "/actuator/health/readiness")) {
				long start = System.nanoTime();
				EntityExchangeResult<String> response = web.get().uri(path).exchange().returnResult(String.class);
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				assertThat(response.getStatus().value()).as(path).isEqualTo(503);
				assertThat(took).as(path).isLessThan(Duration.ofSeconds(5));
				if (path.startsWith("/api/")) {
					assertThat(Http.header(response, "Content-Type").orElseThrow())
						.startsWith("application/problem+json");
					assertThat(Http.header(response, "Retry-After")).isPresent();
				}
				else if (!path.startsWith("/actuator")) {
					assertThat(response.getResponseBody()).contains("Temporarily unavailable");
				}
				else {
					assertThat(response.getResponseBody()).contains("DOWN");
				}
			}

			signal("-CONT", frozen);
			frozen.clear();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			int status = 0;
			while (System.nanoTime() < deadline && (status = web.get()
				.uri("/actors")
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value()) != 200) {
				Thread.sleep(250);
			}
			assertThat(status).as("the app serves again without a restart").isEqualTo(200);
			web.get().uri("/api/events").exchange().expectStatus().isEqualTo(200);
			web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(200);
		}
		finally {
			if (!frozen.isEmpty()) {
				signal("-CONT", frozen);
			}
		}
	}

	/**
	 * Requests that meet the database at the instant it freezes (some already hold a
	 * pooled connection the pool will not check again, some are mid-statement) and while
	 * it stays frozen: reads and writes, anonymous and signed in, the sign-in page and
	 * the session store's look-up. Every one gets the outage answer within 5 seconds: 503
	 * problem+json with Retry-After from the API, the "temporarily unavailable" page from
	 * pages. Then the database thaws and everything is served again.
	 */
	@Test
	@Order(3)
	void everyRequestAtTheMomentOfTheFreezeAndDuringItGetsTheOutageAnswerWithinFiveSeconds() throws Exception {
		List<String> frozen = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			RestTestClient web = Http.client(frozenAppPort());
			String session = Http.signIn(web, "frost", FROST_PASSWORD);
			web.get().uri("/admin").header("Cookie", session).exchange().expectStatus().isEqualTo(200);
			String postmaster = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
			frozen.add(postmaster);
			frozen.addAll(children(postmaster));

			// Readers and a signed-in admin keep asking, so the pooled connections are
			// always within the half second in which the pool hands them out unchecked;
			// the database freezes under them, mid-statement for some.
			List<FrozenRequest> requests = List.of(FrozenRequest.get("/"), FrozenRequest.get("/api/events"),
					FrozenRequest.get("/actors"), FrozenRequest.get("/api/events?q=ceasefire"),
					FrozenRequest.signedIn("/admin", session),
					FrozenRequest.write("/api/events", Http.basic("frost", FROST_PASSWORD)));
			List<FrozenRequest> reads = requests.subList(0, 5);
			AtomicLong freezeAt = new AtomicLong(Long.MAX_VALUE);
			AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
			List<Future<List<OutageAnswer>>> busy = new ArrayList<>();
			for (int client = 0; client < 4; client++) {
				int first = client;
				busy.add(clients.submit(() -> {
					List<OutageAnswer> answers = new ArrayList<>();
					// Until 2 s after the freeze, and at least one request sent after it
					// (on a loaded machine a request sent before may still be rendering).
					for (int i = first; System.nanoTime() < stopAt.get() || answers.isEmpty()
							|| answers.get(answers.size() - 1).startedAt() <= freezeAt.get(); i++) {
						answers.add(OutageAnswer.of(web, reads.get(i % reads.size())));
					}
					return answers;
				}));
			}
			Thread.sleep(1500);
			signal("-STOP", frozen);
			// Marked once kill has returned: a request sent while it ran may still have
			// been answered by the database (200), one sent after cannot have been.
			freezeAt.set(System.nanoTime());
			stopAt.set(freezeAt.get() + Duration.ofSeconds(2).toNanos());
			for (Future<List<OutageAnswer>> client : busy) {
				List<OutageAnswer> answers = client.get();
				for (OutageAnswer answer : answers) {
					if (answer.startedAt() > freezeAt.get() || answer.status() != 200) {
						answer.assertOutageAnswerWithinFiveSeconds();
					}
				}
				assertThat(answers).as("a client got the outage answer").anyMatch((answer) -> answer.status() == 503);
			}
			Thread.sleep(1500);
			List<Future<OutageAnswer>> duringTheFreeze = new ArrayList<>();
			for (FrozenRequest request : requests) {
				duringTheFreeze.add(clients.submit(() -> OutageAnswer.of(web, request)));
			}
			// The sign-in form needs no database (no session before signing in): it is
			// served.
			long loginStart = System.nanoTime();
			web.get().uri("/login").exchange().expectStatus().isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - loginStart)).isLessThan(Duration.ofSeconds(5));
			for (Future<OutageAnswer> answer : duringTheFreeze) {
				answer.get().assertOutageAnswerWithinFiveSeconds();
			}

			signal("-CONT", frozen);
			frozen.clear();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			int status = 0;
			while (System.nanoTime() < deadline && (status = web.get()
				.uri("/admin")
				.header("Cookie", session)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value()) != 200) {
				Thread.sleep(250);
			}
			assertThat(status).as("the signed-in admin is served again without a restart").isEqualTo(200);
			web.get().uri("/").exchange().expectStatus().isEqualTo(200);
			web.get().uri("/api/events").exchange().expectStatus().isEqualTo(200);
			web.get().uri("/login").exchange().expectStatus().isEqualTo(200);
		}
		finally {
			clients.shutdownNow();
			if (!frozen.isEmpty()) {
				signal("-CONT", frozen);
			}
		}
	}

	/**
	 * Started by the first frozen-database test, on the server the outage test left
	 * running.
	 */
	private static int frozenAppPort() {
		if (frozenApp == null) {
			frozenApp = SpringApplication.run(BackchannelApplication.class, "--server.port=0",
					"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--backchannel.response-cache.size=0", "--backchannel.query-cache.size=0",
					"--backchannel.admin.username=frost", "--backchannel.admin.password=" + FROST_PASSWORD);
		}
		return Integer.parseInt(frozenApp.getEnvironment().getRequiredProperty("local.server.port"));
	}

	private static final String FROST_PASSWORD = "frozen-solid-for-the-outage-test";

	private static List<String> children(String pid) throws Exception {
		Process pgrep = new ProcessBuilder("pgrep", "-P", pid).redirectErrorStream(true).start();
		String out = new String(pgrep.getInputStream().readAllBytes());
		pgrep.waitFor(10, TimeUnit.SECONDS);
		return out.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static void signal(String signal, List<String> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", signal));
		command.addAll(pids);
		Process kill = new ProcessBuilder(command).inheritIO().start();
		assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
	}

	private static EmbeddedPostgres startDatabase(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
