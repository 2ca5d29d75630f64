package org.backchannel.event;

import java.util.List;

/**
 * One page of events, the cursor of the next page (null on the last) and how many match
 * in all.
 */
public record EventPage(List<EventSummary> items, String nextCursor, long total) {
}
