package org.backchannel.web.proposal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.event.EventSummary;
import org.backchannel.model.PartialDate;
import org.backchannel.proposal.PositionView;
import org.backchannel.proposal.ProposalProfile;

/**
 * A proposal with its full position log and the events where it came up, on its page and
 * in the API.
 */
public record ProposalDetail(String slug, String title, String summary, @Nullable ActorRef proposer, PartialDate date,
		List<PositionView> positions, List<PositionView> latestPositions, List<EventSummary> events, Instant updatedAt,
		long version) {

	static ProposalDetail of(ProposalProfile proposal, List<EventSummary> events) {
		return new ProposalDetail(proposal.slug(), proposal.title(), proposal.summary(), proposal.proposer(),
				proposal.date(), proposal.positions(), proposal.latestPositions(), events, proposal.updatedAt(),
				proposal.version());
	}

}
