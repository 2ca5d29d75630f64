package org.backchannel.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the database anonymous readers may use ({@code backchannel.reads.*}).
 *
 * @param maxConcurrent anonymous reads running at once; the rest of the connection pool
 * stays free for writes, sign-in and the health probe
 * @param queueWait how long a read waits for its turn before it is answered 503 with
 * Retry-After
 * @param timeout the longest a read transaction may run (every statement in it is
 * cancelled after the rest of this time); in seconds
 */
@ConfigurationProperties("backchannel.reads")
public record ReadLimits(@DefaultValue("6") int maxConcurrent, @DefaultValue("500ms") Duration queueWait,
		@DefaultValue("5") int timeout) {

}
