package org.backchannel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per test JVM, started as the app starts its throw-away one
 * (durability off), with the migrations of the classpath applied once to a template
 * database; each test context gets a copy of it ({@code CREATE DATABASE … TEMPLATE}), a
 * fraction of a second instead of a server's initdb and every migration with the seed.
 * Tests that stop, restart or back up a server start their own.
 */
public final class TestDatabases {

	/** The migrated database every context's database is copied from. */
	static final String TEMPLATE = "migrated_template";

	private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);

	private static final AtomicInteger copies = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestDatabases() {
	}

	/**
	 * A new database holding the migrated schema and seed, for one test context.
	 * @return its JDBC URL (user {@code postgres}, no password)
	 */
	public static synchronized String copyOfTemplate() {
		EmbeddedPostgres postgres = server();
		String name = "context_" + copies.incrementAndGet();
		long start = System.nanoTime();
		execute(postgres, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
		log.info("Test database {} copied from the migrated template in {} ms", name, millisSince(start));
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
	}

	/** Drops a context's database once the context is closed. */
	static synchronized void drop(String url) {
		if (server == null) {
			return;
		}
		String name = url.substring(url.lastIndexOf('/') + 1);
		try {
			execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (RuntimeException ex) {
			// the JVM is exiting and the server stopping: its directory goes with it
			log.debug("Test database {} not dropped", name, ex);
		}
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			server = startAndMigrate();
		}
		return server;
	}

	private static EmbeddedPostgres startAndMigrate() {
		long start = System.nanoTime();
		EmbeddedPostgres postgres;
		try {
			postgres = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				// every cached context holds a pool of its own on this one server
				.setServerConfig("max_connections", "500")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The tests' embedded PostgreSQL did not start", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				// the temporary directory is left behind
			}
		}, "test-postgres-stop"));
		long started = System.nanoTime();
		execute(postgres, "CREATE DATABASE " + TEMPLATE);
		Flyway.configure()
			.dataSource(postgres.getDatabase("postgres", TEMPLATE))
			.locations("classpath:db/migration")
			.load()
			.migrate();
		// No connection may stay on a template while it is copied.
		execute(postgres, "ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
		log.info("Tests' PostgreSQL started in {} ms, template migrated in {} ms (once per JVM)",
				(started - start) / 1_000_000, millisSince(started));
		return postgres;
	}

	private static void execute(EmbeddedPostgres postgres, String sql) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed", ex);
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
