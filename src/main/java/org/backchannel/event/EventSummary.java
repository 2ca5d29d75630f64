package org.backchannel.event;

import java.time.Instant;
import java.util.List;

import org.backchannel.model.PartialDate;
import org.backchannel.proposal.ProposalRef;

/**
 * An event as a timeline or a list shows it.
 *
 * @param channel who talks to whom (ministers, leaders, envoys...), or RELATED for
 * context
 * @param contactStatus whether the contact was held, or only planned, cancelled or
 * postponed
 * @param cameo its CAMEO event code, for joining with GDELT; null for context events
 */
public record EventSummary(long id, String slug, String title, EventType type, Channel channel,
		ContactStatus contactStatus, CameoCode cameo, PartialDate date, String place, String country,
		Initiator initiator, List<ParticipantView> participants, List<ProposalRef> proposals, int sourceCount,
		Instant updatedAt) {
}
