package org.backchannel.event.internal;

import org.backchannel.event.EventDetail;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.ParticipantView;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backchannel.event.EventReadService.EventLink;
import org.backchannel.event.EventReadService.Neighbours;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The previous and next published contacts between an event's two principals.
 */
public final class EventNeighbourReader {

	private static final RowMapper<EventLink> LINK = (rs, row) -> new EventLink(rs.getString("slug"),
			rs.getString("title"),
			new PartialDate((rs.getDate("date_value") != null) ? rs.getDate("date_value").toLocalDate() : null,
					DatePrecision.valueOf(rs.getString("date_precision"))));

	private final JdbcClient jdbc;

	public EventNeighbourReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Both neighbours, or none for an event without exactly two principals. */
	public Neighbours read(EventDetail event) {
		List<String> principals = principals(event);
		if (principals.size() != 2) {
			return new Neighbours(null, null);
		}
		return new Neighbours(query("", event, principals, true).bind(this.jdbc).query(LINK).optional().orElse(null),
				query("", event, principals, false).bind(this.jdbc).query(LINK).optional().orElse(null));
	}

	/**
	 * PostgreSQL's plan for the previous contact of an event's two principals;
	 * {@code explain} is the statement that asks for it ("explain ", or with "analyze").
	 */
	public String explain(String explain, EventDetail event) {
		List<String> principals = principals(event);
		if (principals.size() != 2) {
			throw new IllegalArgumentException(event.slug() + " does not have two principals");
		}
		return String.join("\n", query(explain, event, principals, true).bind(this.jdbc).query(String.class).list());
	}

	/** The slugs of the event's principals, in the order it lists them. */
	static List<String> principals(EventDetail event) {
		return event.participants()
			.stream()
			.filter((participant) -> participant.role() == ParticipantRole.PRINCIPAL)
			.map(ParticipantView::slug)
			.toList();
	}

	/**
	 * The pair's own timeline (V15's index: every two principals of an event as one row,
	 * the lower actor id first), read from this event outwards: one probe, however rarely
	 * the two met and however long either one's own timeline. An event without a date
	 * sorts first.
	 */
	static EventSql.Statement query(String prefix, EventDetail event, List<String> principals, boolean previous) {
		String comparison = previous ? "<" : ">";
		String direction = previous ? "desc" : "asc";
		String sql = prefix + """
				select e.slug, e.title, e.date_value, e.date_precision
				from event_principal_pair pp
				join event e on e.id = pp.event_id
				where pp.first_actor_id = (select min(a.id) from actor a where a.slug in (:first, :second))
				  and pp.second_actor_id = (select max(a.id) from actor a where a.slug in (:first, :second))
				  and pp.published
				  and (pp.sort_key, pp.event_id) %1$s (:key, :id)
				order by pp.sort_key %2$s, pp.event_id %2$s
				limit 1
				""".formatted(comparison, direction);
		LocalDate key = (event.date().value() != null) ? event.date().value() : LocalDate.of(1, 1, 1);
		return new EventSql.Statement(sql, Map.of("id", event.id(), "first", principals.get(0), "second",
				principals.get(1), "key", Date.valueOf(key)));
	}

}
