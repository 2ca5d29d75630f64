package org.backchannel.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;

/**
 * An event as a timeline or a list shows it.
 *
 * @param channel who talks to whom (ministers, leaders, envoys...), or RELATED for
 * context
 * @param contactStatus whether the contact was held, or only planned, cancelled or
 * postponed
 * @param cameo its CAMEO event code, for joining with GDELT; null for context events
 * @param confirmation how sure the record is that it took place, and why
 */
public record EventSummary(long id, String slug, String title, EventType type, Channel channel,
		ContactStatus contactStatus, @Nullable CameoCode cameo, Confirmation confirmation, PartialDate date,
		@Nullable String place, @Nullable String country, Initiator initiator, List<ParticipantView> participants,
		List<ProposalRef> proposals, int sourceCount, Instant updatedAt) {

	/** The participants side by side: the US first, then Russia, Ukraine and others. */
	public Map<Side, List<ParticipantView>> participantsBySide() {
		Map<Side, List<ParticipantView>> groups = new EnumMap<>(Side.class);
		for (ParticipantView participant : this.participants) {
			groups.computeIfAbsent(participant.side(), (side) -> new ArrayList<>()).add(participant);
		}
		return groups;
	}

	/** Whether a source says which side asked for the contact. */
	public boolean initiatorKnown() {
		return this.initiator != null && this.initiator != Initiator.NOT_REPORTED;
	}

}
