package org.backchannel.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.backchannel.actor.Actor;
import org.backchannel.model.BaseEntity;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.proposal.Proposal;
import org.backchannel.source.Source;

/**
 * A diplomatic contact (call, meeting, summit) or an event around one, with everything
 * the sources say about it.
 */
@Entity
@Table(name = "event")
public class Event extends BaseEntity {

	@Column(nullable = false, unique = true, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventType type;

	@Column(name = "date_value")
	private LocalDate dateValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false)
	private DatePrecision datePrecision = DatePrecision.UNKNOWN;

	@Column(name = "date_note")
	private String dateNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel = Channel.RELATED;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_status", nullable = false)
	private ContactStatus contactStatus = ContactStatus.HELD;

	@Column(insertable = false, updatable = false) // derived by Confirmations after each
													// write
	private String confirmation;

	@Column(name = "confirmation_reason", insertable = false, updatable = false)
	private String confirmationReason;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "duration_minutes")
	private Integer durationMinutes;

	/** Place and country: the group as written, mapped column by column. */
	@Embedded
	private Where where;

	@Enumerated(EnumType.STRING)
	@Column(name = "initiator_side", nullable = false)
	private Initiator initiator = Initiator.NOT_REPORTED;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "initiator_actor_id")
	private Actor initiatorActor;

	@Column(name = "initiator_note")
	private String initiatorNote;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "initiator_source_id")
	private Source initiatorSource;

	@Column(nullable = false)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventStatus status = EventStatus.PUBLISHED;

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("role, id")
	private List<Participant> participants = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("side, id")
	private List<Readout> readouts = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Quote> quotes = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Claim> claims = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "event_proposal", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "proposal_id"))
	private Set<Proposal> proposals = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected Event() {
	}

	/** A new event with this slug; {@link #apply} gives it its content. */
	Event(String slug) {
		this.slug = slug;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public EventType getType() {
		return this.type;
	}

	public PartialDate getDate() {
		return new PartialDate(this.dateValue, this.datePrecision);
	}

	public Channel getChannel() {
		return this.channel;
	}

	public ContactStatus getContactStatus() {
		return this.contactStatus;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setStatus(EventStatus status) {
		this.status = status;
	}

	public EventStatus getStatus() {
		return this.status;
	}

	/**
	 * Takes the content an editor wrote, once it is valid: every group of
	 * {@link EventData} is applied here and read back by {@link #toData()}, so the two
	 * stay one mapping. The place group is stored as written (an embedded record: a field
	 * added to it needs its column and nothing here); the others name other records,
	 * which {@code refs} holds, or are parsed (the dates).
	 */
	void apply(EventData data, EventValidator.References refs) {
		this.title = data.title();
		this.type = data.type();
		applyWhen(data.when());
		this.where = data.where();
		// Left out (an older client, a revision from before channels), they stay as they
		// were.
		this.channel = (data.channel() != null) ? data.channel() : this.channel;
		this.contactStatus = (data.contactStatus() != null) ? data.contactStatus() : this.contactStatus;
		EventData.Initiated initiated = data.initiated();
		this.initiator = (initiated.initiator() != null) ? initiated.initiator() : Initiator.NOT_REPORTED;
		this.initiatorActor = refs.actors().get(initiated.initiatorActor());
		this.initiatorNote = initiated.initiatorNote();
		this.initiatorSource = refs.sources().get(initiated.initiatorSource());
		this.summary = data.summary();
		Map<Actor, ParticipantRole> participants = new LinkedHashMap<>();
		data.participants()
			.forEach((participant) -> participants.put(refs.actors().get(participant.actor()), participant.role()));
		replaceParticipants(participants);
		this.readouts.clear();
		this.quotes.clear();
		this.claims.clear();
		data.readouts()
			.forEach((readout) -> this.readouts.add(new Readout(this, readout, refs.actors().get(readout.issuer()),
					refs.sources().get(readout.source()))));
		data.quotes()
			.forEach((quote) -> this.quotes
				.add(new Quote(this, quote, refs.actors().get(quote.speaker()), refs.sources().get(quote.source()))));
		data.claims()
			.forEach((claim) -> this.claims.add(
					new Claim(this, claim, refs.actors().get(claim.disputedBy()), refs.sources().get(claim.source()))));
		replace(this.proposals, data.proposals().stream().map(refs.proposals()::get).toList());
		replace(this.sources, EventValidator.citedSources(data).stream().map(refs.sources()::get).toList());
	}

	private void applyWhen(EventData.When when) {
		PartialDate date = PartialDate.parse(when.date(), when.datePrecision());
		this.dateValue = date.value();
		this.datePrecision = date.precision();
		this.endDate = (when.endDate() != null) ? LocalDate.parse(when.endDate()) : null;
		this.durationMinutes = when.durationMinutes();
		this.dateNote = when.dateNote();
	}

	/**
	 * Sets the participants, keeping the rows of those who stay (an actor takes part once
	 * per event, and deleting then re-inserting the same actor would break that rule
	 * mid-flush).
	 */
	private void replaceParticipants(Map<Actor, ParticipantRole> wanted) {
		Set<Long> wantedIds = wanted.keySet().stream().map(Actor::getId).collect(Collectors.toSet());
		this.participants.removeIf((participant) -> !wantedIds.contains(participant.getActor().getId()));
		Map<Long, Participant> kept = this.participants.stream()
			.collect(Collectors.toMap((participant) -> participant.getActor().getId(), Function.identity()));
		wanted.forEach((actor, role) -> {
			Participant participant = kept.get(actor.getId());
			if (participant != null) {
				participant.setRole(role);
			}
			else {
				this.participants.add(new Participant(this, actor, role));
			}
		});
	}

	private static <T> void replace(Set<T> current, Collection<T> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	/**
	 * The event as an editor writes it, in a canonical order so that two snapshots of the
	 * same content are equal.
	 */
	EventData toData() {
		PartialDate date = getDate();
		return new EventData(this.slug, this.title, this.type,
				new EventData.When((date.value() != null) ? date.iso() : null, this.datePrecision,
						(this.endDate != null) ? this.endDate.toString() : null, this.durationMinutes, this.dateNote),
				this.where,
				new EventData.Initiated(this.initiator,
						(this.initiatorActor != null) ? this.initiatorActor.getSlug() : null, this.initiatorNote,
						(this.initiatorSource != null) ? this.initiatorSource.getId() : null),
				this.summary, this.channel, this.contactStatus,
				this.participants.stream()
					.sorted(Comparator.comparing(Participant::getRole)
						.thenComparing((participant) -> participant.getActor().getSlug()))
					.map((participant) -> new EventData.ParticipantData(participant.getActor().getSlug(),
							participant.getRole()))
					.toList(),
				this.readouts.stream().sorted(Comparator.comparing(Readout::getSide)).map(Readout::toData).toList(),
				this.quotes.stream().map(Quote::toData).toList(), this.claims.stream().map(Claim::toData).toList(),
				this.proposals.stream().map(Proposal::getSlug).sorted().toList(),
				this.sources.stream().map(Source::getId).sorted().toList(), null);
	}

}
