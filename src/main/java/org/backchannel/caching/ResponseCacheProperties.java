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
 * @param busyFrom from how many anonymous reads of kept answers in flight at once the
 * site is busy: then the reader who would rebuild an answer a write made stale is served
 * the previous one as well and rebuilds it after its answer was sent (below, it waits for
 * the rebuild and gets the new answer)
 */
@ConfigurationProperties("backchannel.response-cache")
@Validated
public record ResponseCacheProperties(@DefaultValue("200") @PositiveOrZero int size,
		@DefaultValue("4") @PositiveOrZero int busyFrom) {
}
