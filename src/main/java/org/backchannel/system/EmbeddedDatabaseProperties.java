package org.backchannel.system;

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
 */
@ConfigurationProperties("backchannel.database")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, Duration startupWait) {

	public EmbeddedDatabaseProperties {
		if (startupWait == null) {
			startupWait = Duration.ofSeconds(30);
		}
	}

	public boolean isTemporary() {
		return this.dataDirectory == null || this.dataDirectory.toString().isBlank();
	}

}
