package org.backchannel.web.proposal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.backchannel.proposal.ProposalReadService;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.PageText;
import org.backchannel.caching.CachedResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The proposal list, with each party's latest stance, and each proposal's page.
 */
@Controller
class ProposalController {

	private final ProposalReadService proposals;

	private final ProposalDetailReader details;

	ProposalController(ProposalReadService proposals, ProposalDetailReader details) {
		this.proposals = proposals;
		this.details = details;
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
		ProposalDetail proposal = this.details.find(slug).orElseThrow(() -> new NotFoundException("proposal", slug));
		model.addAttribute("proposal", proposal);
		// this page's events as data: the exports and the API filtered to it
		String exportQuery = "?proposal=" + URLEncoder.encode(proposal.slug(), StandardCharsets.UTF_8);
		model.addAttribute("exportQuery", exportQuery);
		model.addAttribute("apiUrl", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				+ "/api/events" + exportQuery);
		model.addAttribute("pageTitle", proposal.title());
		model.addAttribute("pageDescription", PageText.description(proposal.summary()));
		model.addAttribute("activeNav", "proposals");
		return "proposals/proposalDetails";
	}

}
