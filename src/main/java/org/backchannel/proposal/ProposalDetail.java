package org.backchannel.proposal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.event.EventSummary;
import org.backchannel.model.PartialDate;

/**
 * A proposal with its full position log and the events where it came up.
 */
public record ProposalDetail(String slug, String title, String summary, @Nullable ActorRef proposer, PartialDate date,
		List<PositionView> positions, List<PositionView> latestPositions, List<EventSummary> events, Instant updatedAt,
		long version) {
}
