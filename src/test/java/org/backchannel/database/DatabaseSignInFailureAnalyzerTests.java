package org.backchannel.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.backchannel.BackchannelApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A wrong or missing database password stops the start with one paragraph naming the
 * setting to change, not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseSignInFailureAnalyzerTests {

	@TempDir
	Path directory;

	@Test
	void aWrongOrMissingPasswordIsExplainedInOneParagraphWithoutAStackTrace(CapturedOutput output) throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(this.directory.resolve("pg"))
			.setCleanDataDirectory(true)
			.start()) {
			requirePasswords(server);
			String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";

			long start = System.nanoTime();
			assertThatException().isThrownBy(() -> start(url, "wrong-password"));
			long seconds = (System.nanoTime() - start) / 1_000_000_000;
			String wrong = output.getAll();
			assertThat(wrong).contains("APPLICATION FAILED TO START")
				.contains("Backchannel could not sign in to its database at " + url
						+ " as the user 'postgres': the server refused the password")
				.contains("Set SPRING_DATASOURCE_PASSWORD (spring.datasource.password)")
				.doesNotContain("\tat org.postgresql")
				.as("the database is reached before the web server is made")
				.doesNotContain("Error starting Tomcat context");
			assertThat(seconds).as("the failure comes in the first seconds").isLessThan(30);

			assertThatException().isThrownBy(() -> start(url, ""));
			assertThat(output.getAll().substring(wrong.length()))
				.contains("the server asked for a password and none is set")
				.contains("Set SPRING_DATASOURCE_PASSWORD (spring.datasource.password)");
		}
	}

	@Test
	void aServerThatIsNotThereIsExplainedInOneParagraph(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("jdbc:postgresql://localhost:1/postgres", "any"));
		assertThat(output.getAll())
			.contains("Backchannel could not reach its database at " + "jdbc:postgresql://localhost:1/postgres")
			.contains("Start that PostgreSQL server or set SPRING_DATASOURCE_URL");
	}

	private static void start(String url, String password) {
		new SpringApplicationBuilder(BackchannelApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=" + password, "--server.port=0",
				// a busy machine may take longer than the app's 2 s to sign in
				"--spring.datasource.hikari.connection-timeout=30000",
				"--spring.datasource.hikari.data-source-properties.connectTimeout=30",
				"--spring.datasource.hikari.data-source-properties.loginTimeout=30");
	}

	/** zonky's server trusts everyone; this one asks for the password (scram-sha-256). */
	private static void requirePasswords(EmbeddedPostgres server) throws Exception {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role postgres password 'right-password'");
			Path hba = Path.of(query(statement, "show hba_file"));
			Files.writeString(hba, "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n"
					+ "local all all trust\n");
			statement.execute("select pg_reload_conf()");
		}
	}

	private static String query(Statement statement, String sql) throws Exception {
		try (var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
