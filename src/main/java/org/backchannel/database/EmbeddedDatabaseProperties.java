package org.backchannel.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no SPRING_DATASOURCE_URL is given.
 *
 * @param dataDirectory where the database files live and are kept between runs; empty for
 * a throw-away database in a temporary directory (tests)
 * @param port the port to listen on, 0 for any free one
 * @param startupWait how long to wait for the server to accept connections
 * @param name the database the app uses on that server; another one holds, say, a
 * restored backup
 */
@ConfigurationProperties("backchannel.database")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, Duration startupWait, String name) {

	public EmbeddedDatabaseProperties {
		if (name == null || name.isBlank()) {
			name = "postgres";
		}
		if (startupWait == null) {
			startupWait = Duration.ofSeconds(30);
		}
	}

	public boolean isTemporary() {
		return this.dataDirectory == null || this.dataDirectory.toString().isBlank();
	}

}
