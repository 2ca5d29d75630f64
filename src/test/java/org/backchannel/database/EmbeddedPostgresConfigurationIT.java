package org.backchannel.database;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.backchannel.BackchannelApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data between runs, recovers from a JVM killed hard, and
 * stays out of the way when an external database is configured.
 */
class EmbeddedPostgresConfigurationIT {

	@TempDir
	Path directory;

	@Test
	void aRowWrittenInOneRunIsThereInTheNext() {
		Path data = this.directory.resolve("postgres");
		try (ConfigurableApplicationContext first = start("--backchannel.database.data-directory=" + data)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			jdbc.sql(
					"insert into actor (slug, name, kind, country) values ('kept-actor', 'Kept Actor', 'PERSON', 'US')")
				.update();
		}
		assertThat(data.resolve("postmaster.pid")).doesNotExist(); // stopped cleanly with
																	// the app
		try (ConfigurableApplicationContext second = start("--backchannel.database.data-directory=" + data)) {
			assertThat(second.getBean(JdbcClient.class)
				.sql("select name from actor where slug = 'kept-actor'")
				.query(String.class)
				.single()).isEqualTo("Kept Actor");
		}
	}

	@Test
	void aServerLeftRunningByAKilledJvmIsStoppedAndItsDataKept() throws Exception {
		Path data = this.directory.resolve("postgres");
		Path log = this.directory.resolve("child.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), BackchannelApplication.class.getName(),
				"--spring.main.web-application-type=none", "--backchannel.database.data-directory=" + data,
				"--spring.main.keep-alive=true")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			// generous: a fresh JVM runs initdb and every migration, on a machine perhaps
			// busy
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!Files.readString(log).contains("Started BackchannelApplication")) {
				assertThat(child.isAlive()).as("the child app is running; its log:%n%s", Files.readString(log))
					.isTrue();
				assertThat(System.nanoTime()).as("the child app starts in time").isLessThan(deadline);
				Thread.sleep(200);
			}
		}
		finally {
			child.destroyForcibly(); // SIGKILL: no shutdown hook runs, postgres lives on
			child.waitFor(30, TimeUnit.SECONDS);
		}
		long stalePid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).contains(true);

		try (ConfigurableApplicationContext restarted = start("--backchannel.database.data-directory=" + data)) {
			assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(restarted.getBean(JdbcClient.class).sql("select count(*) from event").query(Long.class).single())
				.isEqualTo(65);
		}
	}

	@Test
	void anExternalDatabaseIsUsedAndNoEmbeddedServerStarts() throws Exception {
		File externalData = this.directory.resolve("external").toFile();
		try (EmbeddedPostgres external = EmbeddedPostgres.builder()
			.setDataDirectory(externalData)
			.setCleanDataDirectory(true)
			.start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = start("--spring.datasource.url=" + url,
					"--spring.datasource.username=postgres", "--spring.datasource.password=")) {
				assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
			}
			List<String> tables = JdbcClient.create(external.getPostgresDatabase())
				.sql("select table_name from information_schema.tables where table_schema = 'public'")
				.query(String.class)
				.list();
			assertThat(tables).contains("event", "actor", "flyway_schema_history");
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		SpringApplication app = new SpringApplication(BackchannelApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		return app.run(args);
	}

}
