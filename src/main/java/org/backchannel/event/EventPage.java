package org.backchannel.event;

import java.util.List;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of events, the cursor of the next page (null on the last) and how many match
 * in all. A search counts at most {@code backchannel.search.max-count} matches: beyond,
 * {@code total} is that number and {@code totalIsLowerBound} is true ("more than
 * 10,000").
 */
public record EventPage(List<EventSummary> items, @Nullable String nextCursor,
		@Schema(description = "How many events match; a lower bound when totalIsLowerBound is true") long total,
		@Schema(description = "True when a search matched more events than are counted: there are more than total") boolean totalIsLowerBound) {

	public EventPage(List<EventSummary> items, String nextCursor, long total) {
		this(items, nextCursor, total, false);
	}

}
