package org.backchannel.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.backchannel.BackchannelApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running app and comes back: meanwhile pages and API
 * answer 503 quickly and health is DOWN; afterwards the app recovers by itself with every
 * acknowledged write intact.
 */
class DatabaseOutageTests {

	@TempDir
	Path directory;

	@Test
	void theAppSurvivesADatabaseOutageAndRecoversByItself() throws Exception {
		int databasePort = freePort();
		Path data = this.directory.resolve("pg");
		EmbeddedPostgres database = startDatabase(data, databasePort);
		try (ConfigurableApplicationContext app = SpringApplication.run(BackchannelApplication.class, "--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=")) {
			WebClient web = new WebClient(
					Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
			assertThat(web.get("/api/events").statusCode()).isEqualTo(200);
			assertThat(web.get("/actuator/health").statusCode()).isEqualTo(200);
			JdbcClient.create(database.getPostgresDatabase())
				.sql("insert into actor (slug, name, kind, country) values ('written-before', 'Written Before', 'PERSON', 'US')")
				.update();

			database.close(); // the outage

			long start = System.nanoTime();
			HttpResponse<String> page = web.get("/");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");

			HttpResponse<String> api = web.get("/api/events");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).isPresent();
			assertThat(WebClient.parse(api).get("title").asString()).isEqualTo("Temporarily unavailable");
			assertThat(api.body()).doesNotContain("PSQLException").doesNotContain("at org.");

			assertThat(web.get("/actuator/health").statusCode()).isEqualTo(503);
			assertThat(web.get("/actuator/health/readiness").statusCode()).isEqualTo(503);

			database = startDatabase(data, databasePort); // back again, same files

			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			int status = 0;
			while (System.nanoTime() < deadline
					&& (status = web.get("/api/actors/written-before").statusCode()) != 200) {
				Thread.sleep(250);
			}
			assertThat(status).as("the app serves again without a restart").isEqualTo(200);
			assertThat(web.get("/").statusCode()).isEqualTo(200);
			assertThat(web.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		finally {
			database.close();
		}
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
