package org.backchannel.caching;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The query caches: events' pages, counts, details and neighbours kept until the data
 * version moves.
 *
 * @param size how many results each cache keeps; 0 turns the caches off (the benchmark's
 * uncached run)
 */
@ConfigurationProperties("backchannel.query-cache")
@Validated
public record QueryCacheProperties(@DefaultValue("500") @PositiveOrZero int size) {
}
