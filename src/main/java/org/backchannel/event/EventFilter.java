package org.backchannel.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reader asks of the timeline or the API; every part is optional and they combine.
 *
 * @param actors actor slugs that must all have taken part
 * @param types event types, any of which matches
 * @param channels channels (ministers, leaders, envoys...), any of which matches
 * @param statuses contact statuses (held, planned, cancelled, postponed), any of which
 * matches
 * @param initiator the side that requested the contact
 * @param from first day of the date range (inclusive)
 * @param to last day of the date range (inclusive)
 * @param proposal slug of a proposal that came up
 * @param direct only direct Rubio–Lavrov contacts: the ministers' channel
 * @param q full-text search, alias- and spelling-aware
 * @param oldestFirst sort order; newest first by default
 * @param updatedSince only events changed after this instant
 * @param confirmations confirmation levels (both governments, one government, ...), any
 * of which matches
 */
public record EventFilter(List<String> actors, List<EventType> types, List<Channel> channels,
		List<ContactStatus> statuses, Initiator initiator, LocalDate from, LocalDate to, String proposal,
		boolean direct, String q, boolean oldestFirst, Instant updatedSince, List<ConfirmationLevel> confirmations) {

	public static final EventFilter ALL = new EventFilter(List.of(), List.of(), List.of(), List.of(), null, null, null,
			null, false, null, false, null);

	public EventFilter {
		actors = (actors != null) ? actors.stream().filter((slug) -> !slug.isBlank()).distinct().toList() : List.of();
		types = (types != null) ? types.stream().distinct().toList() : List.of();
		channels = (channels != null) ? channels.stream().distinct().sorted().toList() : List.of();
		statuses = (statuses != null) ? statuses.stream().distinct().sorted().toList() : List.of();
		q = (q != null && !q.isBlank()) ? q.strip() : null;
		proposal = (proposal != null && !proposal.isBlank()) ? proposal : null;
		confirmations = (confirmations != null) ? confirmations.stream().distinct().sorted().toList() : List.of();
	}

	/** A filter on everything but the confirmation level. */
	public EventFilter(List<String> actors, List<EventType> types, List<Channel> channels, List<ContactStatus> statuses,
			Initiator initiator, LocalDate from, LocalDate to, String proposal, boolean direct, String q,
			boolean oldestFirst, Instant updatedSince) {
		this(actors, types, channels, statuses, initiator, from, to, proposal, direct, q, oldestFirst, updatedSince,
				List.of());
	}

	public static EventFilter forActor(String slug) {
		return ALL.withActors(List.of(slug));
	}

	public static EventFilter forProposal(String slug) {
		return new EventFilter(List.of(), List.of(), List.of(), List.of(), null, null, null, slug, false, null, false,
				null);
	}

	public EventFilter withActors(List<String> slugs) {
		return new EventFilter(slugs, this.types, this.channels, this.statuses, this.initiator, this.from, this.to,
				this.proposal, this.direct, this.q, this.oldestFirst, this.updatedSince, this.confirmations);
	}

	public EventFilter withTypes(List<EventType> wanted) {
		return new EventFilter(this.actors, wanted, this.channels, this.statuses, this.initiator, this.from, this.to,
				this.proposal, this.direct, this.q, this.oldestFirst, this.updatedSince, this.confirmations);
	}

	public EventFilter withChannels(List<Channel> wanted) {
		return new EventFilter(this.actors, this.types, wanted, this.statuses, this.initiator, this.from, this.to,
				this.proposal, this.direct, this.q, this.oldestFirst, this.updatedSince, this.confirmations);
	}

	public EventFilter withConfirmations(List<ConfirmationLevel> wanted) {
		return new EventFilter(this.actors, this.types, this.channels, this.statuses, this.initiator, this.from,
				this.to, this.proposal, this.direct, this.q, this.oldestFirst, this.updatedSince, wanted);
	}

	public boolean isEmpty() {
		return this.actors.isEmpty() && this.types.isEmpty() && this.channels.isEmpty() && this.statuses.isEmpty()
				&& this.initiator == null && this.from == null && this.to == null && this.proposal == null
				&& !this.direct && this.q == null && this.updatedSince == null && this.confirmations.isEmpty();
	}

}
