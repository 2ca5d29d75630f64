package org.backchannel.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has landed is never edited, not even in a comment: Flyway checks each
 * applied migration's checksum, and every database already migrated would refuse to
 * start. {@code landed-migrations.sha256} holds the digest of each landed SQL migration
 * (a new migration adds its line: {@code sha256sum *.sql} in the migration directory).
 */
class LandedMigrationsTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path LANDED = Path.of("src/test/resources/landed-migrations.sha256");

	@Test
	void everyLandedMigrationIsAsItLanded() throws IOException {
		Map<String, String> landed = new TreeMap<>();
		for (String line : Files.readAllLines(LANDED)) {
			String[] digestAndName = line.trim().split("\\s+\\*?", 2);
			landed.put(digestAndName[1], digestAndName[0]);
		}
		Map<String, String> now = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".sql")).toList()) {
				now.put(file.getFileName().toString(), sha256(file));
			}
		}
		List<String> edited = landed.keySet()
			.stream()
			.filter((name) -> !landed.get(name).equals(now.get(name)))
			.toList();
		assertThat(edited).as("landed migrations edited or removed (put the change in a new one)").isEmpty();
		assertThat(now.keySet()).as("every migration has its line in " + LANDED).isEqualTo(landed.keySet());
	}

	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
