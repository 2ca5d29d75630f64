package org.backchannel.event;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Full-text search.
 *
 * @param maxCount how many matches a search counts at most, then says "more than": a word
 * in every event costs no more to count than one in ten thousand
 */
@ConfigurationProperties("backchannel.search")
@Validated
public record SearchProperties(@DefaultValue("10000") @Positive int maxCount) {
}
