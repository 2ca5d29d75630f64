package org.backchannel.event.internal;

import org.backchannel.event.CameoCode;
import org.backchannel.event.Channel;
import org.backchannel.event.Confirmation;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventSummary;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.ParticipantView;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backchannel.actor.RoleSpan;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summaries of events, as lists show them: one plain query for the events and one for
 * each thing a summary shows (participants, their roles, proposals, source counts),
 * whatever the number of events, then put together in {@link #assemble}. Lists are read
 * far more often than anything else, so they skip loading whole entities.
 */
public final class EventSummaryReader {

	private final JdbcClient jdbc;

	public EventSummaryReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The summaries of the given events, in the given order. */
	public List<EventSummary> read(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Participation> participations = this.jdbc.sql("""
				select p.event_id, a.id, a.slug, a.name, a.country, p.role
				from event_participant p join actor a on a.id = p.actor_id
				where p.event_id in (:ids) order by p.event_id, p.role, p.id
				""")
			.param("ids", ids)
			.query((rs, row) -> new Participation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					Side.ofCountry(rs.getString(5)), ParticipantRole.valueOf(rs.getString(6))))
			.list();
		Map<Long, List<RoleSpan>> roles = new HashMap<>();
		List<Long> actorIds = participations.stream().map(Participation::actor).distinct().toList();
		if (!actorIds.isEmpty()) {
			this.jdbc.sql("select actor_id, title, start_date, end_date from actor_role where actor_id in (:actors)")
				.param("actors", actorIds)
				.query((rs, row) -> Map.entry(rs.getLong(1),
						new RoleSpan(rs.getString(2), localDate(rs.getDate(3)), localDate(rs.getDate(4)))))
				.list()
				.forEach((role) -> roles.computeIfAbsent(role.getKey(), (key) -> new ArrayList<>())
					.add(role.getValue()));
		}
		Map<Long, List<ProposalRef>> proposals = new HashMap<>();
		this.jdbc.sql("""
				select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
				where ep.event_id in (:ids) order by pr.title
				""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1), new ProposalRef(rs.getString(2), rs.getString(3))))
			.list()
			.forEach((link) -> proposals.computeIfAbsent(link.getKey(), (key) -> new ArrayList<>())
				.add(link.getValue()));
		Map<Long, Integer> sourceCounts = new HashMap<>();
		this.jdbc.sql("select event_id, count(*) from event_source where event_id in (:ids) group by event_id")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.forEach((count) -> sourceCounts.put(count.getKey(), count.getValue()));
		List<EventRow> events = this.jdbc.sql("""
				select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
				       initiator_side, updated_at, confirmation, confirmation_reason
				from event where id in (:ids)
				""")
			.param("ids", ids)
			.query((rs, row) -> new EventRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					EventType.valueOf(rs.getString("type")), Channel.valueOf(rs.getString("channel")),
					ContactStatus.valueOf(rs.getString("contact_status")),
					new PartialDate(localDate(rs.getDate("date_value")),
							DatePrecision.valueOf(rs.getString("date_precision"))),
					rs.getString("place"), rs.getString("country"), Initiator.valueOf(rs.getString("initiator_side")),
					rs.getTimestamp("updated_at").toInstant(),
					Confirmation.of(rs.getString("confirmation"), rs.getString("confirmation_reason"))))
			.list();
		return assemble(ids, events, participations, roles, proposals, sourceCounts);
	}

	/**
	 * The summaries of the given events, in the given order, from what was read: each
	 * participant with the title they held on the event's date, the proposals, the number
	 * of sources and the CAMEO code.
	 */
	static List<EventSummary> assemble(List<Long> ids, List<EventRow> events, List<Participation> participations,
			Map<Long, List<RoleSpan>> roles, Map<Long, List<ProposalRef>> proposals, Map<Long, Integer> sourceCounts) {
		Map<Long, EventSummary> byId = new HashMap<>();
		for (EventRow event : events) {
			List<ParticipantView> people = participations.stream()
				.filter((participation) -> participation.event() == event.id())
				.map((participation) -> new ParticipantView(participation.slug(), participation.name(),
						participation.side(), participation.role(),
						RoleSpan.titleOn(roles.getOrDefault(participation.actor(), List.of()), event.date())))
				.toList();
			byId.put(event.id(),
					new EventSummary(event.id(), event.slug(), event.title(), event.type(), event.channel(),
							event.status(), CameoCode.of(event.type(), event.status(), event.country()),
							event.confirmation(), event.date(), event.place(), event.country(), event.initiator(),
							people, List.copyOf(proposals.getOrDefault(event.id(), List.of())),
							sourceCounts.getOrDefault(event.id(), 0), event.updatedAt()));
		}
		return ids.stream().map(byId::get).toList();
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/** An event's own columns, as a summary shows them. */
	record EventRow(long id, String slug, String title, EventType type, Channel channel, ContactStatus status,
			PartialDate date, String place, String country, Initiator initiator, Instant updatedAt,
			Confirmation confirmation) {
	}

	/** One actor taking part in one event. */
	record Participation(long event, long actor, String slug, String name, Side side, ParticipantRole role) {
	}

}
