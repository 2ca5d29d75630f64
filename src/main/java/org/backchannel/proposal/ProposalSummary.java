package org.backchannel.proposal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.model.PartialDate;

/**
 * A proposal in a list, with each party's latest stance.
 */
public record ProposalSummary(String slug, String title, String summary, @Nullable ActorRef proposer, PartialDate date,
		List<PositionView> latestPositions) {
}
