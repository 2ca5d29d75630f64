package org.backchannel.database;

import org.backchannel.testing.Http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.backchannel.BackchannelApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL, as behind a load balancer: they start together
 * with Flyway migrating once, a sign-in on one is valid on the other, an edit on one is
 * visible on the other at once, and the limits hold for the site: a client's budget of
 * expensive reads and its failed sign-ins are counted once, whichever instance answers.
 */
class TwoInstancesIT {

	@TempDir
	Path directory;

	@Test
	void twoInstancesShareMigrationsSignInsAndEdits() throws Exception {
		try (EmbeddedPostgres database = EmbeddedPostgres.builder()
			.setDataDirectory(this.directory.resolve("pg"))
			.setCleanDataDirectory(true)
			.start()) {
			String url = database.getJdbcUrl("postgres", "postgres");
			CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(url));
			CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(url));
			try (ConfigurableApplicationContext one = first.get(); ConfigurableApplicationContext two = second.get()) {
				JdbcClient jdbc = JdbcClient.create(database.getPostgresDatabase());
				List<String> repeated = jdbc
					.sql("select version from flyway_schema_history group by version having count(*) > 1")
					.query(String.class)
					.list();
				assertThat(repeated).as("each migration applied once").isEmpty();
				assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(65);

				RestTestClient webOne = Http.client(port(one));
				RestTestClient webTwo = Http.client(port(two));

				String session = Http.signIn(webOne, "duo", "two-of-a-kind-for-tests");
				EntityExchangeResult<String> admin = webTwo.get()
					.uri("/admin")
					.header("Cookie", session)
					.exchange()
					.returnResult(String.class);
				assertThat(admin.getStatus().value()).as("signed in on the other instance").isEqualTo(200);
				assertThat(admin.getResponseBody()).contains("duo");

				String slug = "2025-04-27-rubio-lavrov-phone-call";
				String version = Http
					.header(webOne.get().uri("/api/events/" + slug).exchange().returnResult(String.class), "ETag")
					.orElseThrow();
				String changed = Http
					.json(webOne.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
					.toString()
					.replace("\"summary\":\"", "\"summary\":\"Edited on instance one. ");
				EntityExchangeResult<String> edit = webOne.put()
					.uri("/api/events/" + slug)
					.header("Authorization", Http.basic("duo", "two-of-a-kind-for-tests"))
					.contentType(MediaType.APPLICATION_JSON)
					.header("If-Match", version)
					.body(editable(changed))
					.exchange()
					.returnResult(String.class);
				assertThat(edit.getStatus().value()).as(edit.getResponseBody()).isEqualTo(200);
				assertThat(Http.json(webTwo.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
					.get("summary")
					.asString()).startsWith("Edited on instance one.");
			}
		}
	}

	/**
	 * A budget of six expensive reads: four searches on each instance, alternately; the
	 * seventh and eighth are refused with Retry-After, on either instance. Four wrong
	 * passwords on one instance make the right one wait on the other.
	 */
	private static void limitsHoldForTheSite(RestTestClient webOne, RestTestClient webTwo) {
		for (int i = 0; i < 8; i++) {
			RestTestClient web = (i % 2 == 0) ? webOne : webTwo;
			EntityExchangeResult<String> search = web.get()
				.uri("/api/events?q=talks&limit=" + (i + 1))
				.exchange()
				.returnResult(String.class);
			if (i < 6) {
				assertThat(search.getStatus().value()).as("search %d", i + 1).isEqualTo(200);
			}
			else {
				assertThat(search.getStatus().value()).as("search %d: over the site's budget", i + 1).isEqualTo(429);
				assertThat(Long.parseLong(Http.header(search, "Retry-After").orElseThrow())).isBetween(1L, 60L);
				assertThat(search.getResponseBody()).contains("Too many requests");
			}
		}
		for (int i = 0; i < 4; i++) {
			EntityExchangeResult<String> wrong = webOne.get()
				.uri("/api/events/2025-04-27-rubio-lavrov-phone-call")
				.header("Authorization", Http.basic("duo", "not-the-password-" + i))
				.exchange()
				.returnResult(String.class);
			assertThat(wrong.getStatus().value()).isEqualTo(401);
		}
		EntityExchangeResult<String> right = webTwo.get()
			.uri("/api/events/2025-04-27-rubio-lavrov-phone-call")
			.header("Authorization", Http.basic("duo", "two-of-a-kind-for-tests"))
			.exchange()
			.returnResult(String.class);
		assertThat(right.getStatus().value()).as("the right password, too early, on the other instance").isEqualTo(401);
	}

	/**
	 * Turns an event as the API reads it into the body the API writes: participants,
	 * readouts and sources by reference.
	 */
	private static String editable(String read) {
		tools.jackson.databind.JsonNode event = tools.jackson.databind.json.JsonMapper.builder().build().readTree(read);
		StringBuilder participants = new StringBuilder();
		event.get("participants")
			.forEach((participant) -> participants.append(participants.isEmpty() ? "" : ",")
				.append("{\"actor\":\"")
				.append(participant.get("slug").asString())
				.append("\",\"role\":\"")
				.append(participant.get("role").asString())
				.append("\"}"));
		StringBuilder sources = new StringBuilder();
		event.get("sources")
			.forEach((source) -> sources.append(sources.isEmpty() ? "" : ",").append(source.get("id").asLong()));
		return """
				{"title": %s, "type": "%s", "date": "%s", "datePrecision": "DAY", "summary": %s,
				 "initiator": "%s", "participants": [%s], "sources": [%s]}
				""".formatted(event.get("title").toString(), event.get("type").asString(),
				event.get("date").get("value").asString(), event.get("summary").toString(),
				event.get("initiator").asString(), participants, sources);
	}

	/**
	 * One instance, without Boot's logging set-up: the test JVM's logging is already set
	 * up, and two applications starting at once would both reinitialise it, which Boot's
	 * logging system is not safe for (a CI run failed on "Unknown format
	 * 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'").
	 */
	private static ConfigurableApplicationContext start(String url) {
		SpringApplication app = new SpringApplication(BackchannelApplication.class);
		app.setListeners(app.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return app.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--backchannel.admin.username=duo",
				"--backchannel.admin.password=two-of-a-kind-for-tests", "--backchannel.rate-limit.expensive-reads=6",
				"--backchannel.sign-in.first-delay=60s");
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
	}

}
