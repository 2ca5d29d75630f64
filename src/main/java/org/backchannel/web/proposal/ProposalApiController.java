package org.backchannel.web.proposal;

import org.backchannel.web.api.ApiController;

import org.backchannel.http.RecordTags;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.proposal.ProposalReadService;
import org.backchannel.proposal.ProposalSummary;
import org.backchannel.model.NotFoundException;
import org.backchannel.caching.CacheTags;
import org.backchannel.caching.CachedResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping(path = "/api/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Proposals", description = "Peace proposals and each party's stance over time")
class ProposalApiController {

	private final ProposalReadService proposals;

	private final ProposalDetailReader details;

	private final RecordTags tags;

	ProposalApiController(ProposalReadService proposals, ProposalDetailReader details, RecordTags tags) {
		this.details = details;
		this.proposals = proposals;
		this.tags = tags;
	}

	@CachedResponse(tagged = true)
	@GetMapping
	@Operation(summary = "List proposals", description = "Every proposal with each party's latest stance.")
	List<ProposalSummary> listProposals() {
		return this.proposals.findProposals();
	}

	@CachedResponse(tagged = true)
	@GetMapping("/{slug}")
	@Operation(summary = "One proposal",
			description = "A proposal with its full position log (who took which stance when, with the source) "
					+ "and the events where it came up.")
	ResponseEntity<ProposalDetail> showProposal(
			@Parameter(description = "The proposal's slug", example = "30-day-ceasefire") @PathVariable String slug) {
		// Its events are the event writes that touch it (V33 names their proposals).
		CacheTags.dependOn(CacheTags.proposal(slug));
		ProposalDetail proposal = this.details.find(slug).orElseThrow(() -> new NotFoundException("proposal", slug));
		return ResponseEntity.ok().eTag(this.tags.of("proposal", proposal.version(), proposal)).body(proposal);
	}

}
