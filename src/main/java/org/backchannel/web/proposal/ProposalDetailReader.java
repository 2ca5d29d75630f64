package org.backchannel.web.proposal;

import java.util.Optional;

import org.backchannel.event.EventFilter;
import org.backchannel.event.EventReadService;
import org.backchannel.proposal.ProposalReadService;

import org.springframework.stereotype.Component;

/**
 * A proposal with the events where it came up: the proposal module's profile joined with
 * the event module's list, for the proposal's page and the API alike.
 */
@Component
class ProposalDetailReader {

	private final ProposalReadService proposals;

	private final EventReadService events;

	ProposalDetailReader(ProposalReadService proposals, EventReadService events) {
		this.proposals = proposals;
		this.events = events;
	}

	Optional<ProposalDetail> find(String slug) {
		return this.proposals.findProposal(slug)
			.map((proposal) -> ProposalDetail.of(proposal,
					this.events.findAll(EventFilter.forProposal(slug), EventReadService.MAX_LIMIT)));
	}

}
