package org.backchannel.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

	private String place;

	private String country;

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

	public Event(String slug, String title, EventType type, PartialDate date, String summary) {
		this.slug = slug;
		this.title = title;
		this.type = type;
		this.summary = summary;
		setDate(date);
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

	public void setDate(PartialDate date) {
		this.dateValue = date.value();
		this.datePrecision = date.precision();
	}

	public void setDateNote(String dateNote) {
		this.dateNote = dateNote;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public ContactStatus getContactStatus() {
		return this.contactStatus;
	}

	public void setChannel(Channel channel, ContactStatus contactStatus) {
		this.channel = channel;
		this.contactStatus = contactStatus;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setType(EventType type) {
		this.type = type;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public void setPlace(String place, String country) {
		this.place = place;
		this.country = country;
	}

	public void setInitiator(Initiator initiator, Actor actor, String note, Source source) {
		this.initiator = initiator;
		this.initiatorActor = actor;
		this.initiatorNote = note;
		this.initiatorSource = source;
	}

	public void setStatus(EventStatus status) {
		this.status = status;
	}

	public EventStatus getStatus() {
		return this.status;
	}

	public void addParticipant(Actor actor, ParticipantRole role) {
		this.participants.add(new Participant(this, actor, role));
	}

	/** Adds a readout as written, with its issuer and source found. */
	void addReadout(EventData.ReadoutData readout, Actor issuer, Source source) {
		this.readouts.add(new Readout(this, readout, issuer, source));
	}

	/** Adds a quote as written, with its speaker and source found. */
	void addQuote(EventData.QuoteData quote, Actor speaker, Source source) {
		this.quotes.add(new Quote(this, quote, speaker, source));
	}

	/** Adds a claim as written, with the actor disputing it (if any) and its source. */
	void addClaim(EventData.ClaimData claim, Actor disputedBy, Source source) {
		this.claims.add(new Claim(this, claim, disputedBy, source));
	}

	public void addProposal(Proposal proposal) {
		this.proposals.add(proposal);
	}

	public void addSource(Source source) {
		this.sources.add(source);
	}

	/**
	 * Sets the participants, keeping the rows of those who stay (an actor takes part once
	 * per event, and deleting then re-inserting the same actor would break that rule
	 * mid-flush).
	 */
	void replaceParticipants(Map<Actor, ParticipantRole> wanted) {
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
				addParticipant(actor, role);
			}
		});
	}

	void clearStatements() {
		this.readouts.clear();
		this.quotes.clear();
		this.claims.clear();
	}

	void replaceProposals(Collection<Proposal> wanted) {
		this.proposals.retainAll(wanted);
		this.proposals.addAll(wanted);
	}

	void replaceSources(Collection<Source> wanted) {
		this.sources.retainAll(wanted);
		this.sources.addAll(wanted);
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
				new EventData.Where(this.place, this.country),
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
