package org.backchannel.proposal;

import org.backchannel.system.CachedResponse;
import org.backchannel.system.NotFoundException;
import org.backchannel.system.PageText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The proposal list, with each party's latest stance, and each proposal's page.
 */
@Controller
class ProposalController {

	private final ProposalService proposals;

	ProposalController(ProposalService proposals) {
		this.proposals = proposals;
	}

	@CachedResponse
	@GetMapping("/proposals")
	String listProposals(Model model) {
		model.addAttribute("proposals", this.proposals.findProposals());
		model.addAttribute("pageTitleKey", "proposals.title");
		model.addAttribute("pageDescriptionKey", "proposals.intro");
		model.addAttribute("activeNav", "proposals");
		return "proposals/proposalList";
	}

	@CachedResponse
	@GetMapping("/proposals/{slug}")
	String showProposal(@PathVariable String slug, Model model) {
		ProposalDetail proposal = this.proposals.findProposal(slug)
			.orElseThrow(() -> new NotFoundException("proposal", slug));
		model.addAttribute("proposal", proposal);
		model.addAttribute("pageTitle", proposal.title());
		model.addAttribute("pageDescription", PageText.description(proposal.summary()));
		model.addAttribute("activeNav", "proposals");
		return "proposals/proposalDetails";
	}

}
