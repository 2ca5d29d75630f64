package org.backchannel.database;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database health check ({@link DatabaseHealthIndicator}).
 *
 * @param databaseTimeout the check's own deadline: a database that does not answer within
 * it is reported down
 * @param minFreeDisk the free space below which the disk the app runs on (and the
 * embedded database's data directory) makes readiness DOWN: a database that cannot extend
 * its files fails every write
 */
@ConfigurationProperties("backchannel.health")
public record HealthProperties(@DefaultValue("2s") Duration databaseTimeout,
		@DefaultValue("100MB") DataSize minFreeDisk) {
}
