package org.backchannel.event;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backchannel.actor.ActorRef;
import org.backchannel.actor.RoleSpan;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.source.SourceRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events with everything recorded about them, read straight from SQL into the view
 * records: one statement for the events and one for each thing they hold (participants
 * and their roles, readouts, quotes, claims, proposals, sources), whatever the number of
 * events. An event page is read far more often than an event is edited, so reading skips
 * the entity graph the editors' writes go through; {@code Event.toDetail()} is the same
 * view from the entity, and a test holds the two equal.
 */
final class EventDetails {

	private static final String EVENT_COLUMNS = """
			select e.id, e.slug, e.title, e.type, e.channel, e.contact_status, e.date_value, e.date_precision,
			       e.date_note, e.end_date, e.duration_minutes, e.place, e.country, e.initiator_side,
			       ia.slug as initiator_slug, ia.name as initiator_name, ia.country as initiator_country,
			       e.initiator_note, s.id as source_id, s.outlet as source_outlet, s.title as source_title,
			       s.url as source_url, s.published_on as source_published_on,
			       s.published_precision as source_published_precision,
			       e.summary, e.created_at, e.updated_at, e.version
			from event e
			left join actor ia on ia.id = e.initiator_actor_id
			left join source s on s.id = e.initiator_source_id
			""";

	private static final Comparator<SourceRef> BY_PUBLICATION = Comparator
		.comparing((SourceRef source) -> source.published().value(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(SourceRef::id);

	private final JdbcClient jdbc;

	EventDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published event with this slug, if there is one. */
	Optional<EventDetail> readPublished(String slug) {
		List<EventRow> events = this.jdbc.sql(EVENT_COLUMNS + "where e.slug = :slug and e.status = 'PUBLISHED'")
			.param("slug", slug)
			.query((rs, row) -> eventRow(rs))
			.list();
		return assemble(events).stream().findFirst();
	}

	/**
	 * The events with the given ids, in the given order (an id not found is left out).
	 */
	List<EventDetail> read(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<EventRow> events = this.jdbc.sql(EVENT_COLUMNS + "where e.id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> eventRow(rs))
			.list();
		Map<Long, EventDetail> byId = new HashMap<>();
		assemble(events).forEach((detail) -> byId.put(detail.id(), detail));
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

	private List<EventDetail> assemble(List<EventRow> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		List<Long> ids = events.stream().map(EventRow::id).toList();
		List<Participation> participants = this.jdbc.sql("""
				select p.event_id, a.id, a.slug, a.name, a.country, p.role
				from event_participant p join actor a on a.id = p.actor_id
				where p.event_id in (:ids) order by p.role, p.id
				""")
			.param("ids", ids)
			.query((rs, row) -> new Participation(rs.getLong(1), rs.getLong(2), actor(rs, 3),
					ParticipantRole.valueOf(rs.getString(6))))
			.list();
		Map<Long, List<Participation>> participations = new HashMap<>();
		participants.forEach((participation) -> add(participations, participation.event(), participation));
		List<Long> actors = participants.stream().map(Participation::actorId).distinct().toList();
		Map<Long, List<RoleSpan>> roles = new HashMap<>();
		if (!actors.isEmpty()) {
			this.jdbc.sql("select actor_id, title, start_date, end_date from actor_role where actor_id in (:actors)")
				.param("actors", actors)
				.query((rs, row) -> Map.entry(rs.getLong(1),
						new RoleSpan(rs.getString(2), localDate(rs.getDate(3)), localDate(rs.getDate(4)))))
				.list()
				.forEach((role) -> add(roles, role.getKey(), role.getValue()));
		}
		Map<Long, List<ReadoutView>> readouts = new HashMap<>();
		this.jdbc.sql("""
				select r.event_id, r.side, a.slug, a.name, a.country, r.summary, r.key_quotes, r.language,
				       s.id as source_id, s.outlet as source_outlet, s.title as source_title, s.url as source_url,
				       s.published_on as source_published_on, s.published_precision as source_published_precision
				from readout r join actor a on a.id = r.issuer_actor_id join source s on s.id = r.source_id
				where r.event_id in (:ids) order by r.side, r.id
				""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1),
					new ReadoutView(Side.valueOf(rs.getString(2)), actor(rs, 3), rs.getString(6), texts(rs.getArray(7)),
							source(rs), rs.getString(8))))
			.list()
			.forEach((readout) -> add(readouts, readout.getKey(), readout.getValue()));
		Map<Long, List<QuoteView>> quotes = new HashMap<>();
		this.jdbc.sql("""
				select q.event_id, a.slug, a.name, a.country, q.text, q.context,
				       s.id as source_id, s.outlet as source_outlet, s.title as source_title, s.url as source_url,
				       s.published_on as source_published_on, s.published_precision as source_published_precision
				from quote q join actor a on a.id = q.speaker_actor_id join source s on s.id = q.source_id
				where q.event_id in (:ids) order by q.id
				""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1),
					new QuoteView(actor(rs, 2), rs.getString(5), rs.getString(6), source(rs))))
			.list()
			.forEach((quote) -> add(quotes, quote.getKey(), quote.getValue()));
		Map<Long, List<ClaimView>> claims = new HashMap<>();
		this.jdbc.sql("""
				select c.event_id, c.text, c.status, a.slug, a.name, a.country,
				       s.id as source_id, s.outlet as source_outlet, s.title as source_title, s.url as source_url,
				       s.published_on as source_published_on, s.published_precision as source_published_precision
				from claim c left join actor a on a.id = c.disputed_by_actor_id join source s on s.id = c.source_id
				where c.event_id in (:ids) order by c.id
				""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1),
					new ClaimView(rs.getString(2), ClaimStatus.valueOf(rs.getString(3)),
							(rs.getString(4) != null) ? actor(rs, 4) : null, source(rs))))
			.list()
			.forEach((claim) -> add(claims, claim.getKey(), claim.getValue()));
		Map<Long, List<ProposalRef>> proposals = new HashMap<>();
		this.jdbc.sql("""
				select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
				where ep.event_id in (:ids)
				""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1), new ProposalRef(rs.getString(2), rs.getString(3))))
			.list()
			.forEach((link) -> add(proposals, link.getKey(), link.getValue()));
		Map<Long, List<SourceRef>> sources = new HashMap<>();
		this.jdbc.sql("""
				select es.event_id, s.id as source_id, s.outlet as source_outlet, s.title as source_title,
				       s.url as source_url, s.published_on as source_published_on,
				       s.published_precision as source_published_precision
				from event_source es join source s on s.id = es.source_id
				where es.event_id in (:ids)
				""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1), source(rs)))
			.list()
			.forEach((link) -> add(sources, link.getKey(), link.getValue()));
		return events.stream()
			.map((event) -> event
				.toDetail(
						participations.getOrDefault(event.id(), List.of())
							.stream()
							.map((participation) -> new ParticipantView(participation.actor().slug(),
									participation.actor().name(), participation.actor().side(), participation.role(),
									RoleSpan.titleOn(roles.getOrDefault(participation.actorId(), List.of()),
											event.date())))
							.toList(),
						List.copyOf(readouts.getOrDefault(event.id(), List.of())),
						List.copyOf(quotes.getOrDefault(event.id(), List.of())),
						List.copyOf(claims.getOrDefault(event.id(), List.of())),
						proposals.getOrDefault(event.id(), List.of())
							.stream()
							.sorted(Comparator.comparing(ProposalRef::title))
							.toList(),
						sources.getOrDefault(event.id(), List.of()).stream().sorted(BY_PUBLICATION).toList()))
			.toList();
	}

	private static EventRow eventRow(ResultSet rs) throws SQLException {
		PartialDate date = new PartialDate(localDate(rs.getDate("date_value")),
				DatePrecision.valueOf(rs.getString("date_precision")));
		EventType type = EventType.valueOf(rs.getString("type"));
		ContactStatus status = ContactStatus.valueOf(rs.getString("contact_status"));
		String country = rs.getString("country");
		Object duration = rs.getObject("duration_minutes");
		return new EventRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), type,
				Channel.valueOf(rs.getString("channel")), status, CameoCode.of(type, status, country), date,
				rs.getString("date_note"), localDate(rs.getDate("end_date")),
				(duration != null) ? ((Number) duration).intValue() : null, rs.getString("place"), country,
				Initiator.valueOf(rs.getString("initiator_side")),
				(rs.getString("initiator_slug") != null) ? new ActorRef(rs.getString("initiator_slug"),
						rs.getString("initiator_name"), Side.ofCountry(rs.getString("initiator_country"))) : null,
				rs.getString("initiator_note"), (rs.getObject("source_id") != null) ? source(rs) : null,
				rs.getString("summary"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	/** The actor in three columns from {@code first}: slug, name, country. */
	private static ActorRef actor(ResultSet rs, int first) throws SQLException {
		return new ActorRef(rs.getString(first), rs.getString(first + 1), Side.ofCountry(rs.getString(first + 2)));
	}

	/** The source in the columns named {@code source_*}. */
	private static SourceRef source(ResultSet rs) throws SQLException {
		return new SourceRef(rs.getLong("source_id"), rs.getString("source_outlet"), rs.getString("source_title"),
				rs.getString("source_url"), new PartialDate(localDate(rs.getDate("source_published_on")),
						DatePrecision.valueOf(rs.getString("source_published_precision"))));
	}

	private static List<String> texts(Array array) throws SQLException {
		return (array != null) ? List.copyOf(Arrays.asList((String[]) array.getArray())) : List.of();
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static <T> void add(Map<Long, List<T>> groups, long key, T value) {
		groups.computeIfAbsent(key, (ignored) -> new ArrayList<>()).add(value);
	}

	/** One actor taking part in one event. */
	private record Participation(long event, long actorId, ActorRef actor, ParticipantRole role) {
	}

	/** An event's own columns. */
	private record EventRow(long id, String slug, String title, EventType type, Channel channel,
			ContactStatus contactStatus, CameoCode cameo, PartialDate date, String dateNote, LocalDate endDate,
			Integer durationMinutes, String place, String country, Initiator initiator, ActorRef initiatorActor,
			String initiatorNote, SourceRef initiatorSource, String summary, Instant createdAt, Instant updatedAt,
			long version) {

		EventDetail toDetail(List<ParticipantView> participants, List<ReadoutView> readouts, List<QuoteView> quotes,
				List<ClaimView> claims, List<ProposalRef> proposals, List<SourceRef> sources) {
			return new EventDetail(this.id, this.slug, this.title, this.type, this.channel, this.contactStatus,
					this.cameo, this.date, this.dateNote, this.endDate, this.durationMinutes, this.place, this.country,
					this.initiator, this.initiatorActor, this.initiatorNote, this.initiatorSource, this.summary,
					participants, readouts, quotes, claims, proposals, sources, this.createdAt, this.updatedAt,
					this.version);
		}

	}

}
