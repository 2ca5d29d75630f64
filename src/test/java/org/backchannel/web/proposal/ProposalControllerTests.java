package org.backchannel.web.proposal;

import org.backchannel.proposal.PositionView;
import org.backchannel.proposal.ProposalPage;
import org.backchannel.proposal.ProposalReadService;
import org.backchannel.proposal.ProposalSummary;
import org.backchannel.proposal.Stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backchannel.actor.ActorRef;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;
import org.backchannel.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProposalController.class)
@Import(SecurityConfiguration.class)
class ProposalControllerTests {

	static final SourceRef SOURCE = new SourceRef(3, "Interfax-Ukraine", "Jeddah talks", null, PartialDate.unknown(),
			Voice.INDEPENDENT_MEDIA);

	static final ActorRef TRUMP = new ActorRef("donald-trump", "Donald Trump", Side.US);

	static final ActorRef PUTIN = new ActorRef("vladimir-putin", "Vladimir Putin", Side.RUSSIA);

	static final List<PositionView> POSITIONS = List.of(
			new PositionView(TRUMP, Stance.PROPOSED, PartialDate.day(LocalDate.of(2025, 3, 11)), "In Jeddah.", SOURCE),
			new PositionView(PUTIN, Stance.UNDER_CONSIDERATION, PartialDate.month(2025, 3), "Has not agreed.", SOURCE));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProposalReadService proposals;

	@MockitoBean
	private ProposalDetailReader details;

	@Test
	void proposalsAreListedWithEachPartysLatestStance() throws Exception {
		given(this.proposals.findProposals(null, ProposalController.PAGE_SIZE))
			.willReturn(new ProposalPage(List.of(new ProposalSummary("30-day-ceasefire", "30-day ceasefire", "A truce.",
					TRUMP, PartialDate.day(LocalDate.of(2025, 3, 11)), POSITIONS)), null));
		this.mvc.perform(get("/proposals"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/proposals/30-day-ceasefire\""),
					containsString("Proposed by Donald Trump"), containsString("considering, not agreed"),
					containsString("(Russia)"))));
	}

	@Test
	void aProposalPageShowsItsStanceLogWithSources() throws Exception {
		given(this.details.find("30-day-ceasefire"))
			.willReturn(Optional.of(new ProposalDetail("30-day-ceasefire", "30-day ceasefire", "A truce.", TRUMP,
					PartialDate.day(LocalDate.of(2025, 3, 11)), POSITIONS, POSITIONS, List.of(), Instant.now(), 0)));
		this.mvc.perform(get("/proposals/30-day-ceasefire"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"stance-log\""), containsString("11 March 2025"),
					containsString("March 2025"), containsString("Has not agreed."),
					containsString("href=\"/sources/3\">per Interfax-Ukraine</a>"),
					containsString("No published event mentions it."))));
	}

	@Test
	void anUnknownProposalIsAFriendly404() throws Exception {
		given(this.details.find("nothing")).willReturn(Optional.empty());
		this.mvc.perform(get("/proposals/nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page.")));
	}

}
