package org.backchannel.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

import org.backchannel.actor.ActorRef;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;

/**
 * Everything recorded about one event, in groups as {@link EventData} is written
 * ({@link Contact}, {@link When}, {@link Where}, {@link Initiated}, {@link Statements},
 * {@link Stamp}): one reader fills it, so a field added to a group and not read is a
 * compile error there. In JSON the groups' fields stand at the top level
 * ({@code @JsonUnwrapped}); the accessors below read them by their flat names for the
 * templates and the exports.
 */
public record EventDetail(long id, String slug, String title, EventType type, @JsonUnwrapped Contact contact,
		@JsonUnwrapped When when, @JsonUnwrapped Where where, @JsonUnwrapped Initiated initiated, String summary,
		List<ParticipantView> participants, @JsonUnwrapped Statements statements, List<ProposalRef> proposals,
		List<SourceRef> sources, @JsonUnwrapped Stamp stamp) {

	/**
	 * What kind of contact it was.
	 *
	 * @param channel who talks to whom (ministers, leaders, envoys...), or RELATED for
	 * context
	 * @param contactStatus whether the contact was held, or only planned, cancelled or
	 * postponed
	 * @param cameo its CAMEO event code, for joining with GDELT; null for context events
	 * @param confirmation how sure the record is that it took place, and why
	 */
	public record Contact(Channel channel, ContactStatus contactStatus, @Nullable CameoCode cameo,
			Confirmation confirmation) {
	}

	/**
	 * When it took place.
	 *
	 * @param dateNote how the date is to be read where that is not obvious (time zones, a
	 * planned date)
	 */
	public record When(PartialDate date, @Nullable String dateNote, @Nullable LocalDate endDate,
			@Nullable Integer durationMinutes) {
	}

	/** Who initiated it, where reported, and the source that says so. */
	public record Initiated(Initiator initiator, @Nullable ActorRef initiatorActor, @Nullable String initiatorNote,
			@Nullable SourceRef initiatorSource) {
	}

	/** What each side said: readouts, quotes and claims. */
	public record Statements(List<ReadoutView> readouts, List<QuoteView> quotes, List<ClaimView> claims) {
	}

	/** When the record was created and last changed, and its version. */
	public record Stamp(Instant createdAt, Instant updatedAt, long version) {
	}

	public Channel channel() {
		return this.contact.channel();
	}

	public ContactStatus contactStatus() {
		return this.contact.contactStatus();
	}

	public @Nullable CameoCode cameo() {
		return this.contact.cameo();
	}

	public Confirmation confirmation() {
		return this.contact.confirmation();
	}

	public PartialDate date() {
		return this.when.date();
	}

	public @Nullable String dateNote() {
		return this.when.dateNote();
	}

	public @Nullable LocalDate endDate() {
		return this.when.endDate();
	}

	public @Nullable Integer durationMinutes() {
		return this.when.durationMinutes();
	}

	public @Nullable String place() {
		return this.where.place();
	}

	public @Nullable String country() {
		return this.where.country();
	}

	public Initiator initiator() {
		return this.initiated.initiator();
	}

	public @Nullable ActorRef initiatorActor() {
		return this.initiated.initiatorActor();
	}

	public @Nullable String initiatorNote() {
		return this.initiated.initiatorNote();
	}

	public @Nullable SourceRef initiatorSource() {
		return this.initiated.initiatorSource();
	}

	public List<ReadoutView> readouts() {
		return this.statements.readouts();
	}

	public List<QuoteView> quotes() {
		return this.statements.quotes();
	}

	public List<ClaimView> claims() {
		return this.statements.claims();
	}

	public Instant createdAt() {
		return this.stamp.createdAt();
	}

	public Instant updatedAt() {
		return this.stamp.updatedAt();
	}

	public long version() {
		return this.stamp.version();
	}

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
		return readouts().stream().filter((readout) -> readout.side() == side).toList();
	}

}
