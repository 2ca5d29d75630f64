package org.backchannel.proposal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

import org.backchannel.actor.ActorRef;
import org.backchannel.model.PartialDate;

/**
 * A proposal with its full position log. The events where it came up are the event
 * module's to list.
 */
public record ProposalProfile(String slug, String title, String summary, @Nullable ActorRef proposer, PartialDate date,
		List<PositionView> positions, List<PositionView> latestPositions, Instant updatedAt, long version) {
}
