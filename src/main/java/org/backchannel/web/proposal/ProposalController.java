package org.backchannel.web.proposal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.backchannel.proposal.ProposalPage;
import org.backchannel.proposal.ProposalReadService;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.PageText;
import org.backchannel.caching.CacheTags;
import org.backchannel.caching.CachedResponse;

import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The proposal list, with each party's latest stance, and each proposal's page. Both are
 * cached until a write touches them: the list shows only proposals, stances, actors and
 * sources (a write to any of them touches everything), so an event's write leaves it
 * cached; a proposal's page shows its events too, which an event's write touches by
 * naming the proposal (V33).
 */
@PageController
class ProposalController {

	/** How many proposals a page of the list shows. */
	static final int PAGE_SIZE = 50;

	private final ProposalReadService proposals;

	private final ProposalDetailReader details;

	ProposalController(ProposalReadService proposals, ProposalDetailReader details) {
		this.proposals = proposals;
		this.details = details;
	}

	@CachedResponse(tagged = true)
	@GetMapping("/proposals")
	String listProposals(@RequestParam(name = "after", required = false) String after, Model model) {
		ProposalPage page = this.proposals.findProposals((after != null && !after.isBlank()) ? after.strip() : null,
				PAGE_SIZE);
		model.addAttribute("proposals", page.items());
		model.addAttribute("nextUrl",
				(page.nextAfter() != null) ? UriComponentsBuilder.fromPath("/proposals")
					.queryParam("after", page.nextAfter())
					.encode()
					.build()
					.toUriString() : null);
		model.addAttribute("firstPage", after == null || after.isBlank());
		model.addAttribute("pageTitleKey", "proposals.title");
		model.addAttribute("pageDescriptionKey", "proposals.intro");
		model.addAttribute("activeNav", "proposals");
		return "proposals/proposalList";
	}

	@CachedResponse(tagged = true)
	@GetMapping("/proposals/{slug}")
	String showProposal(@PathVariable String slug, Model model) {
		// Its events are the event writes that touch it (V33 names their proposals).
		CacheTags.dependOn(CacheTags.proposal(slug));
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
