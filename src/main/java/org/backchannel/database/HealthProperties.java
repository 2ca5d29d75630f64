package org.backchannel.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database health check ({@link DatabaseHealthIndicator}).
 *
 * @param databaseTimeout the check's own deadline: a database that does not answer within
 * it is reported down
 */
@ConfigurationProperties("backchannel.health")
public record HealthProperties(@DefaultValue("2s") Duration databaseTimeout) {
}
