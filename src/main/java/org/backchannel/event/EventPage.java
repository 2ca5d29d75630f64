package org.backchannel.event;

import java.util.List;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of events, the cursor of the next page (null on the last) and how many match
 * in all, counted up to a cap: a search counts at most
 * {@code backchannel.search.max-count} matches, any other filter (none included) at most
 * {@code backchannel.search.max-filter-count} (1,000 each by default); beyond,
 * {@code total} is the cap and {@code totalIsLowerBound} is true ("more than 1,000").
 */
public record EventPage(List<EventSummary> items, @Nullable String nextCursor,
		@Schema(description = "How many events match; a lower bound when totalIsLowerBound is true") long total,
		@Schema(description = "True when more events matched than are counted (every count stops at a cap, 1,000 by default): there are more than total") boolean totalIsLowerBound) {

	public EventPage(List<EventSummary> items, String nextCursor, long total) {
		this(items, nextCursor, total, false);
	}

}
