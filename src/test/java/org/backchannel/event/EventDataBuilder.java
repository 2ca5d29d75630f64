package org.backchannel.event;

import org.backchannel.testing.Records;
import java.util.Arrays;
import java.util.List;

import org.backchannel.model.DatePrecision;

/**
 * Events for tests, named field by field instead of positional arguments: start from
 * {@link #aPhoneCall()} or {@link #from(EventData)} and set only what the test is about.
 */
public final class EventDataBuilder {

	private String slug;

	private String title = "A phone call";

	private EventType type = EventType.PHONE_CALL;

	private String date = "2025-03-15";

	private DatePrecision datePrecision = DatePrecision.DAY;

	private String endDate;

	private Integer durationMinutes;

	private String place;

	private String country;

	private Initiator initiator = Initiator.NOT_REPORTED;

	private String initiatorActor;

	private String initiatorNote;

	private Long initiatorSource;

	private String summary = "They talked.";

	private Channel channel;

	private ContactStatus contactStatus;

	private String dateNote;

	private List<EventData.ParticipantData> participants = List.of();

	private List<EventData.ReadoutData> readouts = List.of();

	private List<EventData.QuoteData> quotes = List.of();

	private List<EventData.ClaimData> claims = List.of();

	private List<String> proposals = List.of();

	private List<Long> sources = List.of();

	private Boolean confirmDuplicate;

	private EventDataBuilder() {
	}

	/** A phone call on 15 March 2025 with a summary and nothing else. */
	public static EventDataBuilder aPhoneCall() {
		return new EventDataBuilder();
	}

	/** Every field of an existing event, to change a few. */
	public static EventDataBuilder from(EventData data) {
		EventDataBuilder builder = new EventDataBuilder();
		builder.slug = data.slug();
		builder.title = data.title();
		builder.type = data.type();
		builder.date = data.when().date();
		builder.datePrecision = data.when().datePrecision();
		builder.endDate = data.when().endDate();
		builder.durationMinutes = data.when().durationMinutes();
		builder.place = data.where().place();
		builder.country = data.where().country();
		builder.initiator = data.initiated().initiator();
		builder.initiatorActor = data.initiated().initiatorActor();
		builder.initiatorNote = data.initiated().initiatorNote();
		builder.initiatorSource = data.initiated().initiatorSource();
		builder.summary = data.summary();
		builder.channel = data.channel();
		builder.contactStatus = data.contactStatus();
		builder.dateNote = data.when().dateNote();
		builder.participants = data.participants();
		builder.readouts = data.readouts();
		builder.quotes = data.quotes();
		builder.claims = data.claims();
		builder.proposals = data.proposals();
		builder.sources = data.sources();
		builder.confirmDuplicate = data.confirmDuplicate();
		return builder;
	}

	public EventDataBuilder slug(String slug) {
		this.slug = slug;
		return this;
	}

	public EventDataBuilder title(String title) {
		this.title = title;
		return this;
	}

	public EventDataBuilder type(EventType type) {
		this.type = type;
		return this;
	}

	public EventDataBuilder on(String date, DatePrecision precision) {
		this.date = date;
		this.datePrecision = precision;
		return this;
	}

	public EventDataBuilder on(String day) {
		return on(day, DatePrecision.DAY);
	}

	public EventDataBuilder endingOn(String endDate) {
		this.endDate = endDate;
		return this;
	}

	public EventDataBuilder durationMinutes(Integer minutes) {
		this.durationMinutes = minutes;
		return this;
	}

	public EventDataBuilder dateNote(String dateNote) {
		this.dateNote = dateNote;
		return this;
	}

	public EventDataBuilder at(String place, String country) {
		this.place = place;
		this.country = country;
		return this;
	}

	public EventDataBuilder country(String country) {
		this.country = country;
		return this;
	}

	public EventDataBuilder initiatedBy(Initiator initiator) {
		this.initiator = initiator;
		return this;
	}

	/** Initiated by a side, with the actor, a note and the source that reports it. */
	public EventDataBuilder initiatedBy(Initiator initiator, String actor, String note, Long source) {
		this.initiator = initiator;
		this.initiatorActor = actor;
		this.initiatorNote = note;
		this.initiatorSource = source;
		return this;
	}

	/** Who talks to whom, and whether it took place. */
	public EventDataBuilder channel(Channel channel, ContactStatus contactStatus) {
		this.channel = channel;
		this.contactStatus = contactStatus;
		return this;
	}

	public EventDataBuilder summary(String summary) {
		this.summary = summary;
		return this;
	}

	/** Participants as principals, in this order. */
	public EventDataBuilder principals(String... actors) {
		this.participants = Arrays.stream(actors)
			.map((actor) -> new EventData.ParticipantData(actor, ParticipantRole.PRINCIPAL))
			.toList();
		return this;
	}

	public EventDataBuilder participants(EventData.ParticipantData... participants) {
		this.participants = List.of(participants);
		return this;
	}

	public EventDataBuilder readouts(EventData.ReadoutData... readouts) {
		this.readouts = List.of(readouts);
		return this;
	}

	public EventDataBuilder proposals(String... proposals) {
		this.proposals = List.of(proposals);
		return this;
	}

	public EventDataBuilder sources(Long... sources) {
		this.sources = List.of(sources);
		return this;
	}

	/** Saved although it looks like an event already recorded. */
	public EventDataBuilder confirmedDuplicate() {
		this.confirmDuplicate = true;
		return this;
	}

	public EventData build() {
		return new EventData(this.slug, this.title, this.type,
				new EventData.When(this.date, this.datePrecision, this.endDate, this.durationMinutes, this.dateNote),
				Records.of(Where.class, "place", this.place, "country", this.country),
				new EventData.Initiated(this.initiator, this.initiatorActor, this.initiatorNote, this.initiatorSource),
				this.summary, this.channel, this.contactStatus, this.participants, this.readouts, this.quotes,
				this.claims, this.proposals, this.sources, this.confirmDuplicate);
	}

}
