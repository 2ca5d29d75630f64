package org.backchannel.event;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Full-text search.
 *
 * @param maxCount how many matches a search counts at most, then says "more than": a word
 * in every event costs no more to count than a rare one (1,000: counting 10,000 matches
 * of a word in every event read 10,000 search documents, 0.4 s on a loaded machine)
 * @param maxFilterCount how many matches any other filter (the whole timeline included)
 * counts at most, then says "more than": a page never counts all of a million events
 */
@ConfigurationProperties("backchannel.search")
@Validated
public record SearchProperties(@DefaultValue("1000") @Positive int maxCount,
		@DefaultValue("1000") @Positive int maxFilterCount) {
}
