package org.backchannel.database;

import org.backchannel.testing.Http;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.backchannel.BackchannelApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's backup procedure, for real: pg_dump from a running app's database,
 * pg_restore into an empty database, and the app started on the restored copy serves the
 * same events. It uses the PostgreSQL server and client tools Debian installs (.ci/run
 * installs them); pg_dump must be at least as new as the server, so the server here is
 * Debian's too.
 */
class BackupRestoreIT {

	@TempDir
	Path directory;

	@Test
	void aDumpOfARunningAppRestoresIntoAnEmptyDatabaseThatServesTheSameEvents() throws Exception {
		Optional<Path> binaries = debianPostgres();
		assumeTrue(binaries.isPresent() || System.getenv("CI") != null,
				"needs Debian's PostgreSQL tools (apt-get install postgresql), which CI installs");
		Path bin = binaries.orElseThrow(() -> new IllegalStateException("CI must install Debian's postgresql"));
		int port = freePort();
		Path data = this.directory.resolve("cluster");
		Files.createDirectories(data);
		Path socket = this.directory.resolve("socket");
		Files.createDirectories(socket);
		handOver(this.directory);
		run(bin.resolve("initdb"), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF-8");
		run(bin.resolve("pg_ctl"), "-D", data.toString(), "-o", "-p " + port + " -k " + socket, "-w", "start");
		try {
			String url = "jdbc:postgresql://localhost:" + port + "/";
			Path dump = this.directory.resolve("backchannel.dump");
			JsonNode before;
			try (ConfigurableApplicationContext app = start(url + "postgres")) {
				JdbcClient.create(app.getBean(javax.sql.DataSource.class))
					.sql("insert into actor (slug, name, kind, country) values ('backed-up', 'Backed Up', 'PERSON', 'US')")
					.update();
				RestTestClient web = Http.client(port(app));
				before = Http.json(web.get().uri("/api/events?limit=100").exchange().returnResult(String.class));
				// The README's command, run while the app is serving.
				run(bin.resolve("pg_dump"), "--format=custom", "--host=localhost", "--port=" + port,
						"--username=postgres", "--file=" + dump, "postgres");
			}
			run(bin.resolve("createdb"), "--host=localhost", "--port=" + port, "--username=postgres", "restored");
			run(bin.resolve("pg_restore"), "--host=localhost", "--port=" + port, "--username=postgres",
					"--dbname=restored", "--no-owner", dump.toString());
			try (ConfigurableApplicationContext restored = start(url + "restored")) {
				RestTestClient web = Http.client(port(restored));
				JsonNode after = Http
					.json(web.get().uri("/api/events?limit=100").exchange().returnResult(String.class));
				assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong()).isEqualTo(65);
				assertThat(after.get("items").findValuesAsString("slug"))
					.containsExactlyElementsOf(before.get("items").findValuesAsString("slug"));
				web.get().uri("/api/actors/backed-up").exchange().expectStatus().isEqualTo(200);
				web.get().uri("/events/2025-03-15-rubio-lavrov-phone-call").exchange().expectStatus().isEqualTo(200);
			}
		}
		finally {
			run(bin.resolve("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop");
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return SpringApplication.run(BackchannelApplication.class, "--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/** The newest PostgreSQL Debian installed, if any. */
	private static Optional<Path> debianPostgres() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("pg_dump"))
						&& Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparing((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())));
		}
	}

	/**
	 * PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres
	 * user.
	 */
	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void handOver(Path path) throws IOException {
		if (!asRoot()) {
			return;
		}
		UserPrincipal postgres = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.toList()) {
				Files.setOwner(each, postgres);
			}
		}
	}

	private void run(Path program, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		if (asRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(program.toString());
		command.addAll(List.of(args));
		File log = this.directory.resolve("command.log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log))
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finishes", command).isTrue();
		assertThat(process.exitValue()).as("%s succeeds; output:%n%s", command, Files.readString(log.toPath()))
			.isZero();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
