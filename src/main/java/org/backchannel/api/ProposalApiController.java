package org.backchannel.api;

import java.util.List;

import org.backchannel.proposal.ProposalDetail;
import org.backchannel.proposal.ProposalService;
import org.backchannel.proposal.ProposalSummary;
import org.backchannel.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals")
class ProposalApiController {

	private final ProposalService proposals;

	ProposalApiController(ProposalService proposals) {
		this.proposals = proposals;
	}

	@GetMapping
	List<ProposalSummary> listProposals() {
		return this.proposals.findProposals();
	}

	@GetMapping("/{slug}")
	ProposalDetail showProposal(@PathVariable String slug) {
		return this.proposals.findProposal(slug).orElseThrow(() -> new NotFoundException("proposal", slug));
	}

}
