package org.backchannel.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in-process when no external database is configured, so that
 * the app runs on a fresh machine with nothing installed. Its data is kept between runs,
 * durably.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/** The lock file zonky holds while a server runs on a data directory. */
	private static final String ZONKY_LOCK = "epg-lock";

	/** Room for one WAL segment and the server's start-up files. */
	static final long MIN_FREE_TO_START = 32L * 1024 * 1024;

	/**
	 * Where the embedded database keeps its files (its disk space counts in readiness),
	 * checked before the server starts: a directory that cannot be written to, or a disk
	 * too full for the server to start, fails the start with one paragraph saying so
	 * ({@link DataDirectoryFailureAnalyzer}).
	 */
	@Bean
	DataDirectory embeddedDataDirectory(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDirectory = properties.isTemporary() ? Files.createTempDirectory("backchannel-pg")
				: properties.dataDirectory().toAbsolutePath();
		try {
			Files.createDirectories(dataDirectory);
			Files.delete(Files.createTempFile(dataDirectory, "writable", ".probe"));
		}
		catch (IOException ex) {
			throw new DataDirectoryUnusableException(dataDirectory, "it cannot be created or written to (" + ex + ")",
					ex);
		}
		long free = Files.getFileStore(dataDirectory).getUsableSpace();
		if (free < MIN_FREE_TO_START) {
			throw new DataDirectoryUnusableException(dataDirectory, "its disk is full (" + free / 1024
					+ " KB free; the server needs at least " + MIN_FREE_TO_START / (1024 * 1024) + " MB to start)",
					null);
		}
		return new DataDirectory(dataDirectory);
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataDirectory directory)
			throws IOException {
		boolean temporary = properties.isTemporary();
		Path dataDirectory = directory.path();
		if (!temporary) {
			stopStaleServer(dataDirectory);
		}
		log.info("Starting embedded PostgreSQL on {}", temporary ? "a temporary directory" : dataDirectory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(temporary)
			.setPGStartupWait(properties.startupWait())
			// zonky turns durability off for speed; data a user keeps must survive a
			// crash.
			.setServerConfig("fsync", temporary ? "off" : "on")
			.setServerConfig("synchronous_commit", temporary ? "off" : "on")
			.setServerConfig("full_page_writes", temporary ? "off" : "on");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + properties.name());
		dataSource.setUsername("postgres");
		return dataSource;
	}

	/**
	 * A JVM killed hard leaves its postgres running and holding the data directory. Stop
	 * it, unless another live Backchannel still uses the directory, which is refused with
	 * a clear message.
	 */
	static void stopStaleServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = new RandomAccessFile(dataDirectory.resolve(ZONKY_LOCK).toFile(), "rw").getChannel();
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The database directory " + dataDirectory
						+ " is in use by another running Backchannel; stop it or set backchannel.database.data-directory");
			}
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : ProcessHandle
			.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false));
		if (server.isEmpty()) {
			return; // a stale pid file alone: PostgreSQL sees the process is gone and
					// starts anyway
		}
		log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier run", server.get().pid(),
				dataDirectory);
		server.get().destroy(); // SIGTERM: a clean shutdown, as its clients died with the
								// old JVM
		try {
			server.get().onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("The old PostgreSQL server did not stop in time; killing it (it will recover on start)");
			server.get().destroyForcibly();
		}
	}

	/**
	 * The embedded database's data directory.
	 *
	 * @param path the directory
	 */
	public record DataDirectory(Path path) {

	}

}
