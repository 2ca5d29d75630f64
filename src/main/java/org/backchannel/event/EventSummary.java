package org.backchannel.event;

import java.time.Instant;
import java.util.List;

import org.backchannel.model.PartialDate;
import org.backchannel.proposal.ProposalRef;

/**
 * An event as a timeline or a list shows it.
 */
public record EventSummary(long id, String slug, String title, EventType type, PartialDate date, String place,
		String country, Initiator initiator, List<ParticipantView> participants, List<ProposalRef> proposals,
		int sourceCount, Instant updatedAt) {
}
