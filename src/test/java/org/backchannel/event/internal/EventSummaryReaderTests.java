package org.backchannel.event.internal;

import org.backchannel.event.Channel;
import org.backchannel.event.Confirmation;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventSummary;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.ParticipantView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backchannel.actor.RoleSpan;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summaries put together from what was read, without a database.
 */
class EventSummaryReaderTests {

	static final Instant UPDATED = Instant.parse("2025-03-16T10:00:00Z");

	@Test
	void summariesComeInTheOrderAskedWithTheirParticipantsProposalsAndSources() {
		List<EventSummary> summaries = EventSummaryReader.assemble(List.of(2L, 1L),
				List.of(row(1, "2025-02-12-trump-putin-phone-call", EventType.PHONE_CALL, ContactStatus.HELD, null),
						row(2, "2025-10-16-budapest-summit", EventType.SUMMIT, ContactStatus.CANCELLED, "HU")),
				List.of(new EventSummaryReader.Participation(1, 10, "donald-trump", "Donald Trump", Side.US,
						ParticipantRole.PRINCIPAL),
						new EventSummaryReader.Participation(1, 11, "vladimir-putin", "Vladimir Putin", Side.RUSSIA,
								ParticipantRole.PRINCIPAL)),
				Map.of(), Map.of(1L, List.of(new ProposalRef("30-day-ceasefire", "30-day ceasefire"))), Map.of(1L, 3));
		assertThat(summaries).extracting(EventSummary::slug)
			.containsExactly("2025-10-16-budapest-summit", "2025-02-12-trump-putin-phone-call");
		EventSummary call = summaries.get(1);
		assertThat(call.participants()).extracting(ParticipantView::slug)
			.containsExactly("donald-trump", "vladimir-putin");
		assertThat(call.proposals()).extracting(ProposalRef::slug).containsExactly("30-day-ceasefire");
		assertThat(call.sourceCount()).isEqualTo(3);
		assertThat(call.cameo().code()).isEqualTo("041");
		EventSummary summit = summaries.get(0);
		assertThat(summit.participants()).isEmpty();
		assertThat(summit.proposals()).isEmpty();
		assertThat(summit.sourceCount()).isZero();
		assertThat(summit.cameo().code()).as("cancelled").isEqualTo("125");
	}

	@Test
	void eachParticipantCarriesTheTitleTheyHeldOnTheEventsDate() {
		List<EventSummary> summaries = EventSummaryReader.assemble(List.of(1L),
				List.of(row(1, "2025-03-15-rubio-lavrov-phone-call", EventType.PHONE_CALL, ContactStatus.HELD, null)),
				List.of(new EventSummaryReader.Participation(1, 10, "marco-rubio", "Marco Rubio", Side.US,
						ParticipantRole.PRINCIPAL)),
				Map.of(10L,
						List.of(new RoleSpan("Senator", LocalDate.of(2011, 1, 3), LocalDate.of(2025, 1, 20)),
								new RoleSpan("Secretary of State", LocalDate.of(2025, 1, 21), null))),
				Map.of(), Map.of());
		assertThat(summaries.get(0).participants()).extracting(ParticipantView::title)
			.containsExactly("Secretary of State");
	}

	private static EventSummaryReader.EventRow row(long id, String slug, EventType type, ContactStatus status,
			String country) {
		return new EventSummaryReader.EventRow(id, slug, slug, type, Channel.LEADERS, status,
				PartialDate.day(LocalDate.of(2025, 3, 15)), null, country, Initiator.NOT_REPORTED, UPDATED,
				Confirmation.NOT_ASSESSED);
	}

}
