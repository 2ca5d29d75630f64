package org.backchannel.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;

/**
 * Everything recorded about one event.
 *
 * @param channel who talks to whom (ministers, leaders, envoys...), or RELATED for
 * context
 * @param contactStatus whether the contact was held, or only planned, cancelled or
 * postponed
 * @param cameo its CAMEO event code, for joining with GDELT; null for context events
 * @param confirmation how sure the record is that it took place, and why
 * @param dateNote how the date is to be read where that is not obvious (time zones, a
 * planned date)
 */
public record EventDetail(long id, String slug, String title, EventType type, Channel channel,
		ContactStatus contactStatus, @Nullable CameoCode cameo, Confirmation confirmation, PartialDate date,
		@Nullable String dateNote, @Nullable LocalDate endDate, @Nullable Integer durationMinutes,
		@Nullable String place, @Nullable String country, Initiator initiator, @Nullable ActorRef initiatorActor,
		@Nullable String initiatorNote, @Nullable SourceRef initiatorSource, String summary,
		List<ParticipantView> participants, List<ReadoutView> readouts, List<QuoteView> quotes, List<ClaimView> claims,
		List<ProposalRef> proposals, List<SourceRef> sources, Instant createdAt, Instant updatedAt, long version) {

	/**
	 * The sources grouped by whose voice they are, governments first, in the order of
	 * {@link Voice}.
	 */
	public Map<Voice, List<SourceRef>> sourcesByVoice() {
		Map<Voice, List<SourceRef>> groups = new EnumMap<>(Voice.class);
		for (SourceRef source : this.sources) {
			groups.computeIfAbsent(source.voice(), (voice) -> new ArrayList<>()).add(source);
		}
		return groups;
	}

	/**
	 * The readouts issued by one side, for the side-by-side view.
	 */
	public List<ReadoutView> readoutsOf(Side side) {
		return this.readouts.stream().filter((readout) -> readout.side() == side).toList();
	}

}
