package org.backchannel.event.internal;

import org.backchannel.event.CameoCode;
import org.backchannel.event.Channel;
import org.backchannel.event.ClaimStatus;
import org.backchannel.event.ClaimView;
import org.backchannel.event.Confirmation;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.ParticipantView;
import org.backchannel.event.QuoteView;
import org.backchannel.event.ReadoutView;
import org.backchannel.event.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.backchannel.actor.ActorRef;
import org.backchannel.actor.RoleSpan;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events with everything recorded about them, read straight from SQL into the view
 * records: the one path an event is read by (pages, API, exports and the admin preview).
 * One statement, whatever the number of events, with each thing an event holds
 * (participants and their roles, readouts, quotes, claims, proposals, sources) as a JSON
 * array built by PostgreSQL beside the event's own columns. An event page is read far
 * more often than an event is edited, so reading skips the entity graph the editors'
 * writes go through (eleven statements and an object per row).
 */
public final class EventDetailReader {

	/**
	 * A source as the columns
	 * {@code id, outlet, title, url, published_on, published_precision, voice}.
	 */
	private static final String SOURCE = "%1$s.id, %1$s.outlet, %1$s.title, %1$s.url, %1$s.published_on, "
			+ "%1$s.published_precision, %1$s.voice";

	/** Where it took place: the columns named after the group's components. */
	private static final RecordColumns<Where> WHERE = new RecordColumns<>(Where.class, "e");

	// The participants' roles: one probe of the roles' actor index per event, with the
	// participants' ids as an array ("in (select ...)" hashed every role of every actor
	// for each event: 130 of the 176 ms a calendar of 101 events took at a million).
	private static final String SELECT = """
			select e.id, e.slug, e.title, e.type, e.channel, e.contact_status, e.date_value, e.date_precision,
			       e.date_note, e.end_date, e.duration_minutes, %5$s, e.initiator_side,
			       ia.slug as initiator_slug, ia.name as initiator_name, ia.country as initiator_country,
			       e.initiator_note, s.id as source_id, s.outlet as source_outlet, s.title as source_title,
			       s.url as source_url, s.published_on as source_published_on,
			       s.published_precision as source_published_precision, s.voice as source_voice,
			       e.confirmation, e.confirmation_reason,
			       e.summary, e.created_at, e.updated_at, e.version,
			       (select json_agg(json_build_array(p.actor_id, a.slug, a.name, a.country, p.role) order by p.role, p.id)
			        from event_participant p join actor a on a.id = p.actor_id
			        where p.event_id = e.id) as participants,
			       (select json_agg(json_build_array(ro.actor_id, ro.title, ro.start_date, ro.end_date))
			        from actor_role ro
			        where ro.actor_id = any (array(select p.actor_id from event_participant p where p.event_id = e.id))) as roles,
			       (select json_agg(json_build_array(r.side, a.slug, a.name, a.country, r.summary, r.key_quotes,
			               r.language, %1$s) order by r.side, r.id)
			        from readout r join actor a on a.id = r.issuer_actor_id join source rs on rs.id = r.source_id
			        where r.event_id = e.id) as readouts,
			       (select json_agg(json_build_array(a.slug, a.name, a.country, q.text, q.context, %2$s) order by q.id)
			        from quote q join actor a on a.id = q.speaker_actor_id join source qs on qs.id = q.source_id
			        where q.event_id = e.id) as quotes,
			       (select json_agg(json_build_array(c.text, c.status, a.slug, a.name, a.country, %3$s) order by c.id)
			        from claim c left join actor a on a.id = c.disputed_by_actor_id
			        join source cs on cs.id = c.source_id
			        where c.event_id = e.id) as claims,
			       (select json_agg(json_build_array(pr.slug, pr.title))
			        from event_proposal ep join proposal pr on pr.id = ep.proposal_id
			        where ep.event_id = e.id) as proposals,
			       (select json_agg(json_build_array(%4$s))
			        from event_source es join source ss on ss.id = es.source_id
			        where es.event_id = e.id) as sources
			from event e
			left join actor ia on ia.id = e.initiator_actor_id
			left join source s on s.id = e.initiator_source_id
			"""
		.formatted(SOURCE.formatted("rs"), SOURCE.formatted("qs"), SOURCE.formatted("cs"), SOURCE.formatted("ss"),
				WHERE.select());

	private static final Comparator<SourceRef> BY_PUBLICATION = Comparator
		.comparing((SourceRef source) -> source.published().value(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(SourceRef::id);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	public EventDetailReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published event with this slug, if there is one. */
	public Optional<EventDetail> readPublished(String slug) {
		return this.jdbc.sql(SELECT + "where e.slug = :slug and e.status = 'PUBLISHED'")
			.param("slug", slug)
			.query((rs, row) -> detail(rs))
			.optional();
	}

	/**
	 * The events with the given ids, in the given order (an id not found is left out).
	 */
	public List<EventDetail> read(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, EventDetail> byId = new HashMap<>();
		this.jdbc.sql(SELECT + "where e.id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> detail(rs))
			.list()
			.forEach((detail) -> byId.put(detail.id(), detail));
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

	private static EventDetail detail(ResultSet rs) throws SQLException {
		PartialDate date = new PartialDate(date(rs.getString("date_value")),
				DatePrecision.valueOf(rs.getString("date_precision")));
		EventType type = EventType.valueOf(rs.getString("type"));
		ContactStatus status = ContactStatus.valueOf(rs.getString("contact_status"));
		String country = rs.getString("country");
		Object duration = rs.getObject("duration_minutes");
		Map<Long, List<RoleSpan>> roles = new HashMap<>();
		for (JsonNode role : rows(rs, "roles")) {
			roles.computeIfAbsent(role.get(0).asLong(), (actor) -> new ArrayList<>())
				.add(new RoleSpan(text(role, 1), date(text(role, 2)), date(text(role, 3))));
		}
		List<ParticipantView> participants = rows(rs, "participants").stream()
			.map((row) -> new ParticipantView(text(row, 1), text(row, 2), Side.ofCountry(text(row, 3)),
					ParticipantRole.valueOf(text(row, 4)),
					RoleSpan.titleOn(roles.getOrDefault(row.get(0).asLong(), List.of()), date)))
			.toList();
		List<ReadoutView> readouts = rows(rs, "readouts").stream()
			.map((row) -> new ReadoutView(Side.valueOf(text(row, 0)), actor(row, 1), text(row, 4), texts(row.get(5)),
					source(row, 7), text(row, 6)))
			.toList();
		List<QuoteView> quotes = rows(rs, "quotes").stream()
			.map((row) -> new QuoteView(actor(row, 0), text(row, 3), text(row, 4), source(row, 5)))
			.toList();
		List<ClaimView> claims = rows(rs, "claims").stream()
			.map((row) -> new ClaimView(text(row, 0), ClaimStatus.valueOf(text(row, 1)),
					(text(row, 2) != null) ? actor(row, 2) : null, source(row, 5)))
			.toList();
		List<ProposalRef> proposals = rows(rs, "proposals").stream()
			.map((row) -> new ProposalRef(text(row, 0), text(row, 1)))
			.sorted(Comparator.comparing(ProposalRef::title))
			.toList();
		List<SourceRef> sources = rows(rs, "sources").stream()
			.map((row) -> source(row, 0))
			.sorted(BY_PUBLICATION)
			.toList();
		return new EventDetail(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), type,
				new EventDetail.Contact(Channel.valueOf(rs.getString("channel")), status,
						CameoCode.of(type, status, country), Confirmation.of(rs.getString("confirmation"),
								rs.getString("confirmation_reason"))),
				new EventDetail.When(date, rs.getString("date_note"), date(rs.getString("end_date")),
						(duration != null) ? ((Number) duration).intValue() : null),
				WHERE.read(rs),
				new EventDetail.Initiated(Initiator.valueOf(rs.getString("initiator_side")),
						(rs.getString("initiator_slug") != null) ? new ActorRef(rs.getString("initiator_slug"),
								rs.getString("initiator_name"), Side.ofCountry(rs.getString("initiator_country")))
								: null,
						rs.getString("initiator_note"),
						(rs.getObject("source_id") != null) ? initiatorSource(rs) : null),
				rs.getString("summary"), participants, new EventDetail.Statements(readouts, quotes, claims), proposals,
				sources, new EventDetail.Stamp(rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("updated_at").toInstant(), rs.getLong("version")));
	}

	/** The rows of a JSON array column (none where it is null: nothing recorded). */
	private static List<JsonNode> rows(ResultSet rs, String column) throws SQLException {
		String text = rs.getString(column);
		if (text == null) {
			return List.of();
		}
		List<JsonNode> rows = new ArrayList<>();
		json.readTree(text).forEach(rows::add);
		return rows;
	}

	/** An actor as three elements from {@code first}: slug, name, country. */
	private static ActorRef actor(JsonNode row, int first) {
		return new ActorRef(text(row, first), text(row, first + 1), Side.ofCountry(text(row, first + 2)));
	}

	/** A source as seven elements from {@code first} (see {@link #SOURCE}). */
	private static SourceRef source(JsonNode row, int first) {
		return new SourceRef(row.get(first).asLong(), text(row, first + 1), text(row, first + 2), text(row, first + 3),
				new PartialDate(date(text(row, first + 4)), DatePrecision.valueOf(text(row, first + 5))),
				Voice.valueOf(text(row, first + 6)));
	}

	private static SourceRef initiatorSource(ResultSet rs) throws SQLException {
		return new SourceRef(rs.getLong("source_id"), rs.getString("source_outlet"), rs.getString("source_title"),
				rs.getString("source_url"),
				new PartialDate(date(rs.getString("source_published_on")),
						DatePrecision.valueOf(rs.getString("source_published_precision"))),
				Voice.valueOf(rs.getString("source_voice")));
	}

	private static String text(JsonNode row, int index) {
		JsonNode value = row.get(index);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static List<String> texts(JsonNode array) {
		if (array == null || array.isNull()) {
			return List.of();
		}
		List<String> texts = new ArrayList<>();
		array.forEach((element) -> texts.add(element.asString()));
		return List.copyOf(texts);
	}

	/** A date as PostgreSQL writes it (YYYY-MM-DD), in JSON or a column. */
	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
