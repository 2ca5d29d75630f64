package org.backchannel.proposal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backchannel.event.EventFilter;
import org.backchannel.event.EventQueryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads proposals and their position logs for the pages and the API alike.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

	private final ProposalRepository proposals;

	private final EventQueryService events;

	ProposalService(ProposalRepository proposals, EventQueryService events) {
		this.proposals = proposals;
		this.events = events;
	}

	public List<ProposalSummary> findProposals() {
		return this.proposals.findAllInOrder()
			.stream()
			.map((proposal) -> new ProposalSummary(proposal.getSlug(), proposal.getTitle(), proposal.getSummary(),
					(proposal.getProposer() != null) ? proposal.getProposer().toRef() : null, proposal.getDate(),
					latestPositions(proposal)))
			.toList();
	}

	public Optional<ProposalDetail> findProposal(String slug) {
		return this.proposals.findBySlug(slug)
			.map((proposal) -> new ProposalDetail(proposal.getSlug(), proposal.getTitle(), proposal.getSummary(),
					(proposal.getProposer() != null) ? proposal.getProposer().toRef() : null, proposal.getDate(),
					proposal.getPositions().stream().map(Position::toView).toList(), latestPositions(proposal),
					this.events.findAll(EventFilter.forProposal(slug), EventQueryService.MAX_LIMIT),
					proposal.getUpdatedAt(), proposal.getVersion()));
	}

	/**
	 * Each party's most recent stance; the log is ordered by date, so the last entry per
	 * party wins.
	 */
	private static List<PositionView> latestPositions(Proposal proposal) {
		Map<String, PositionView> latest = new LinkedHashMap<>();
		for (Position position : proposal.getPositions()) {
			PositionView view = position.toView();
			latest.remove(view.party().slug());
			latest.put(view.party().slug(), view);
		}
		return List.copyOf(latest.values());
	}

}
