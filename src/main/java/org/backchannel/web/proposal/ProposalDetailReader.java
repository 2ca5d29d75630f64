package org.backchannel.web.proposal;

import java.util.Optional;

import org.backchannel.event.EventFilter;
import org.backchannel.event.EventQueryService;
import org.backchannel.proposal.ProposalService;

import org.springframework.stereotype.Component;

/**
 * A proposal with the events where it came up: the proposal module's profile joined with
 * the event module's list, for the proposal's page and the API alike.
 */
@Component
class ProposalDetails {

	private final ProposalService proposals;

	private final EventQueryService events;

	ProposalDetails(ProposalService proposals, EventQueryService events) {
		this.proposals = proposals;
		this.events = events;
	}

	Optional<ProposalDetail> find(String slug) {
		return this.proposals.findProposal(slug)
			.map((proposal) -> ProposalDetail.of(proposal,
					this.events.findAll(EventFilter.forProposal(slug), EventQueryService.MAX_LIMIT)));
	}

}
