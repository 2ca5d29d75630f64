package org.backchannel.caching;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The response cache of {@link ResponseCacheFilter}.
 *
 * @param size how many anonymous responses to keep until the data version moves; 0 turns
 * the cache off
 */
@ConfigurationProperties("backchannel.response-cache")
@Validated
public record ResponseCacheProperties(@DefaultValue("200") @PositiveOrZero int size) {
}
