package org.backchannel.event;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backchannel.actor.RoleSpan;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.system.DataVersion;
import org.backchannel.system.QueryCacheProperties;
import org.backchannel.system.VersionedCache;
import org.backchannel.system.VersionedCaches;

import org.backchannel.system.ReadLimits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place events are filtered, searched and paged: the timeline pages, the JSON API
 * and the exports all read through here.
 */
@Service
@EnableConfigurationProperties(SearchProperties.class)
@Transactional(readOnly = true, timeoutString = ReadLimits.TIMEOUT)
public class EventQueryService {

	public static final int MAX_LIMIT = 100;

	/**
	 * How many matches a search counts at most ({@code backchannel.search.max-count}): a
	 * word in every event costs no more to count than one in ten thousand.
	 */
	private final int maxCount;

	private final JdbcClient jdbc;

	private final EventRepository events;

	private final DataVersion dataVersion;

	private final VersionedCache<EventFilter, Long> counts;

	private final VersionedCache<PageKey, EventPage> pages;

	private final VersionedCache<String, Optional<EventDetail>> details;

	private final VersionedCache<Long, Neighbours> neighbours;

	EventQueryService(JdbcClient jdbc, EventRepository events, DataVersion dataVersion, VersionedCaches caches,
			QueryCacheProperties cache, SearchProperties search) {
		this.maxCount = search.maxCount();
		this.jdbc = jdbc;
		this.events = events;
		this.dataVersion = dataVersion;
		this.counts = caches.create("events.counts", cache.size());
		this.pages = caches.create("events.pages", cache.size());
		this.details = caches.create("events.details", cache.size());
		this.neighbours = caches.create("events.neighbours", cache.size());
	}

	/**
	 * A page of published events matching the filter, after the cursor (keyset on sort
	 * key and id, so a deep page costs what the first does). Repeated requests are served
	 * from the cache until the data changes: one statement instead of seven.
	 */
	public EventPage findEvents(EventFilter filter, EventCursor after, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
		}
		long version = this.dataVersion.current();
		return this.pages.get(new PageKey(filter, after, limit), version, () -> {
			Conditions where = conditions(filter);
			boolean countAlong = countsAlong(filter, after) && this.counts.find(filter, version) == null;
			List<PageRow> rows = pageQuery("", filter, where, after, limit + 1, countAlong)
				.query((rs, row) -> new PageRow(new EventCursor(rs.getDate("sort_key").toLocalDate(), rs.getLong("id")),
						countAlong ? rs.getLong("total") : 0))
				.list();
			long total;
			if (countAlong) {
				total = rows.isEmpty() ? 0 : rows.get(0).total();
				this.counts.put(filter, version, total);
			}
			else {
				total = this.counts.get(filter, version, () -> countQuery("", where).query(Long.class).single());
			}
			List<EventCursor> keys = rows.stream().map(PageRow::key).toList();
			boolean more = keys.size() > limit;
			List<EventCursor> page = more ? keys.subList(0, limit) : keys;
			String next = more ? page.get(page.size() - 1).encode() : null;
			boolean capped = filter.q() != null && total > this.maxCount;
			return new EventPage(summaries(page.stream().map(EventCursor::id).toList()), next,
					capped ? this.maxCount : total, capped);
		});
	}

	/**
	 * A page of drafts, for the editors who review them: newest first, keyset on sort key
	 * and id like the public pages. Never cached (only signed-in editors ask).
	 */
	public EventPage findDrafts(EventCursor after, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
		}
		String keyset = (after != null) ? " and (sort_key, id) < (:afterKey, :afterId)" : "";
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select id, sort_key from event where status = 'DRAFT'" + keyset
					+ " order by sort_key desc, id desc limit :limit")
			.param("limit", limit + 1);
		if (after != null) {
			statement = statement.param("afterKey", Date.valueOf(after.sortKey())).param("afterId", after.id());
		}
		List<EventCursor> keys = statement
			.query((rs, row) -> new EventCursor(rs.getDate("sort_key").toLocalDate(), rs.getLong("id")))
			.list();
		long total = this.jdbc.sql("select count(*) from event where status = 'DRAFT'").query(Long.class).single();
		boolean more = keys.size() > limit;
		List<EventCursor> page = more ? keys.subList(0, limit) : keys;
		String next = more ? page.get(page.size() - 1).encode() : null;
		return new EventPage(summaries(page.stream().map(EventCursor::id).toList()), next, total);
	}

	/**
	 * Whether a page counts its filter's matches in the same statement: a search's first
	 * page counts at most {@code maxCount} + 1 matches in a limited subquery of the same
	 * statement. Other filters page from an index and stop after a page, so their count
	 * is a query of its own (and cached).
	 */
	private static boolean countsAlong(EventFilter filter, EventCursor after) {
		return filter.q() != null && after == null;
	}

	/**
	 * The keyset query for the ids and sort keys of a page, with the count of every match
	 * if {@code withTotal}; {@code prefix} lets a test ask for its plan with "explain".
	 */
	private JdbcClient.StatementSpec pageQuery(String prefix, EventFilter filter, Conditions where, EventCursor after,
			int rows, boolean withTotal) {
		String direction = filter.oldestFirst() ? "asc" : "desc";
		String keyset = "";
		if (after != null) {
			keyset = " and (" + where.sortKey() + ", " + where.id() + ")" + (filter.oldestFirst() ? " > " : " < ")
					+ "(:afterKey, :afterId)";
		}
		String sql = prefix + "select " + where.id() + " as id, " + where.sortKey() + " as sort_key"
				+ (withTotal ? ", (select count(*) from (select 1 from " + where.from() + " where " + where.sql()
						+ " limit " + (this.maxCount + 1) + ") matches) as total" : "")
				+ " from " + where.from() + " where " + where.sql() + keyset + " order by " + where.sortKey() + " "
				+ direction + ", " + where.id() + " " + direction + " limit :limit";
		JdbcClient.StatementSpec statement = where.apply(this.jdbc.sql(sql)).param("limit", rows);
		if (after != null) {
			statement = statement.param("afterKey", Date.valueOf(after.sortKey())).param("afterId", after.id());
		}
		return statement;
	}

	private JdbcClient.StatementSpec countQuery(String prefix, Conditions where) {
		String matches = where.from() + " where " + where.sql();
		if (where.capped()) {
			matches = "(select 1 from " + matches + " limit " + (this.maxCount + 1) + ") matches";
		}
		return where.apply(this.jdbc.sql(prefix + "select count(*) from " + matches));
	}

	/**
	 * PostgreSQL's plan for a page of this filter and for its count, to check index use;
	 * {@code explain} is the statement that asks for it ("explain ", or with "analyze").
	 */
	String explain(String explain, EventFilter filter, EventCursor after, int limit) {
		Conditions where = conditions(filter);
		String page = String.join("\n",
				pageQuery(explain, filter, where, after, limit + 1, countsAlong(filter, after)).query(String.class)
					.list());
		String count = String.join("\n", countQuery(explain, where).query(String.class).list());
		return page + "\n---\n" + count;
	}

	/**
	 * Every published event matching the filter, in order, for exports and feeds that
	 * take the whole result; bounded to keep a request's memory bounded.
	 */
	public List<EventSummary> findAll(EventFilter filter, int max) {
		List<EventSummary> all = new ArrayList<>();
		EventCursor cursor = null;
		while (all.size() < max) {
			EventPage page = findEvents(filter, cursor, Math.min(MAX_LIMIT, max - all.size()));
			all.addAll(page.items());
			if (page.nextCursor() == null) {
				break;
			}
			cursor = EventCursor.decode(page.nextCursor());
		}
		return all;
	}

	/**
	 * Every published event matching the filter with all its detail (readouts, sources),
	 * in the filter's order, for exports that describe each event in full; bounded like
	 * {@link #findAll}.
	 */
	public List<EventDetail> findDetails(EventFilter filter, int max) {
		return details(findAll(filter, max).stream().map(EventSummary::id).toList());
	}

	/**
	 * The most recently created or changed published events matching the filter, latest
	 * change first: what a feed reader wants to see.
	 */
	public List<EventDetail> findLatestChanges(EventFilter filter, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
		}
		Conditions where = conditions(filter);
		List<Long> ids = where
			.apply(this.jdbc.sql("select e.id from " + where.from() + " where " + where.sql()
					+ " order by e.updated_at desc, e.id desc limit :limit"))
			.param("limit", limit)
			.query(Long.class)
			.list();
		return details(ids);
	}

	private List<EventDetail> details(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Event> byId = this.events.findAllByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Event::getId, Function.identity()));
		return ids.stream().map(byId::get).map(Event::toDetail).toList();
	}

	public Optional<EventDetail> findEvent(String slug) {
		return this.details.get(slug, this.dataVersion.current(),
				() -> this.events.findPublishedBySlug(slug).map(Event::toDetail));
	}

	/**
	 * The previous and next published contacts between the same two principals, for an
	 * event with exactly two principals.
	 */
	public Neighbours findNeighbours(EventDetail event) {
		return this.neighbours.get(event.id(), this.dataVersion.current(), () -> readNeighbours(event));
	}

	private Neighbours readNeighbours(EventDetail event) {
		List<String> principals = principals(event);
		if (principals.size() != 2) {
			return new Neighbours(null, null);
		}
		RowMapper<EventLink> link = (rs, row) -> new EventLink(rs.getString("slug"), rs.getString("title"),
				new PartialDate((rs.getDate("date_value") != null) ? rs.getDate("date_value").toLocalDate() : null,
						DatePrecision.valueOf(rs.getString("date_precision"))));
		return new Neighbours(neighbourQuery("", event, principals, true).query(link).optional().orElse(null),
				neighbourQuery("", event, principals, false).query(link).optional().orElse(null));
	}

	/**
	 * PostgreSQL's plan for the previous contact of an event's two principals;
	 * {@code explain} as for {@link #explain}.
	 */
	String explainNeighbour(String explain, EventDetail event) {
		List<String> principals = principals(event);
		if (principals.size() != 2) {
			throw new IllegalArgumentException(event.slug() + " does not have two principals");
		}
		return String.join("\n", neighbourQuery(explain, event, principals, true).query(String.class).list());
	}

	private static List<String> principals(EventDetail event) {
		return event.participants()
			.stream()
			.filter((participant) -> participant.role() == ParticipantRole.PRINCIPAL)
			.map(ParticipantView::slug)
			.toList();
	}

	/**
	 * Both principals' timelines (V8's index), read side by side from this event
	 * outwards: a merge join that stops at the first event they share, however rarely the
	 * two met. Both sides are bounded so that each index scan starts at this event.
	 */
	private JdbcClient.StatementSpec neighbourQuery(String prefix, EventDetail event, List<String> principals,
			boolean previous) {
		String comparison = previous ? "<" : ">";
		String direction = previous ? "desc" : "asc";
		String sql = prefix + """
				select e.slug, e.title, e.date_value, e.date_precision
				from event_participant d
				join event_participant second on second.sort_key = d.sort_key and second.event_id = d.event_id
				join event e on e.id = d.event_id
				where d.published and d.role = 'PRINCIPAL'
				  and second.published and second.role = 'PRINCIPAL'
				  and d.actor_id = (select a.id from actor a where a.slug = :first)
				  and second.actor_id = (select a.id from actor a where a.slug = :second)
				  and (d.sort_key, d.event_id) %1$s (:key, :id)
				  and (second.sort_key, second.event_id) %1$s (:key, :id)
				order by d.sort_key %2$s, d.event_id %2$s
				limit 1
				""".formatted(comparison, direction);
		LocalDate key = (event.date().value() != null) ? event.date().value() : LocalDate.of(1, 1, 1);
		return this.jdbc.sql(sql)
			.param("id", event.id())
			.param("first", principals.get(0))
			.param("second", principals.get(1))
			.param("key", Date.valueOf(key));
	}

	/**
	 * The summaries of the given events, in the given order: one plain query for the
	 * events and one for each thing a summary shows (participants, their roles,
	 * proposals, source counts), whatever the number of events. Lists are read far more
	 * often than anything else, so they skip loading whole entities.
	 */
	List<EventSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		record Participation(long event, long actor, String slug, String name, Side side, ParticipantRole role) {
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

		Map<Long, EventSummary> byId = new HashMap<>();
		this.jdbc.sql("""
				select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
				       initiator_side, updated_at
				from event where id in (:ids)
				""").param("ids", ids).query((rs, row) -> {
			long id = rs.getLong("id");
			PartialDate date = new PartialDate(localDate(rs.getDate("date_value")),
					DatePrecision.valueOf(rs.getString("date_precision")));
			List<ParticipantView> people = participations.stream()
				.filter((participation) -> participation.event() == id)
				.map((participation) -> new ParticipantView(participation.slug(), participation.name(),
						participation.side(), participation.role(),
						RoleSpan.titleOn(roles.getOrDefault(participation.actor(), List.of()), date)))
				.toList();
			EventType type = EventType.valueOf(rs.getString("type"));
			ContactStatus status = ContactStatus.valueOf(rs.getString("contact_status"));
			String country = rs.getString("country");
			return new EventSummary(id, rs.getString("slug"), rs.getString("title"), type,
					Channel.valueOf(rs.getString("channel")), status, CameoCode.of(type, status, country), date,
					rs.getString("place"), country, Initiator.valueOf(rs.getString("initiator_side")), people,
					List.copyOf(proposals.getOrDefault(id, List.of())), sourceCounts.getOrDefault(id, 0),
					rs.getTimestamp("updated_at").toInstant());
		}).list().forEach((summary) -> byId.put(summary.id(), summary));
		return ids.stream().map(byId::get).toList();
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/**
	 * The filter as SQL. With an actor chosen, rows come from that actor's participations
	 * in timeline order (the index of V7), so a page reads only that actor's events; any
	 * further actors are checked per event. Without an actor but with a proposal, rows
	 * come from that proposal's links to events in the same way (V9).
	 */
	private Conditions conditions(EventFilter filter) {
		boolean byActor = !filter.actors().isEmpty();
		boolean byProposal = !byActor && filter.proposal() != null;
		// A left join, so PostgreSQL leaves event out altogether when no condition needs
		// it (an actor's page and count then read only that actor's index entries); a
		// condition on e makes it an inner join in effect.
		Conditions where;
		if (byActor) {
			where = new Conditions("event_participant d left join event e on e.id = d.event_id", "d.sort_key",
					"d.event_id");
			where.add("d.published and d.actor_id = (select a.id from actor a where a.slug = :actor0)", "actor0",
					filter.actors().get(0));
		}
		else if (byProposal) {
			where = new Conditions("event_proposal d left join event e on e.id = d.event_id", "d.sort_key",
					"d.event_id");
			where.add("d.published and d.proposal_id = (select pr.id from proposal pr where pr.slug = :proposal)",
					"proposal", filter.proposal());
		}
		else {
			where = new Conditions("event e", "e.sort_key", "e.id");
			where.add("e.status = 'PUBLISHED'");
		}
		if (filter.actors().size() > 1) {
			// Every further actor in one probe of the event's participations (the unique
			// index on event and actor), whatever their number: one clause, not one per
			// actor.
			List<String> others = filter.actors().subList(1, filter.actors().size());
			where.add("(select count(*) from event_participant p where p.event_id = " + where.id()
					+ " and p.actor_id in (select a.id from actor a where a.slug in (:otherActors))) = :otherActorCount",
					"otherActors", others);
			where.param("otherActorCount", others.size());
		}
		if (!filter.types().isEmpty()) {
			where.add("e.type in (:types)", "types", filter.types().stream().map(Enum::name).toList());
		}
		if (filter.initiator() != null) {
			where.add("e.initiator_side = :initiator", "initiator", filter.initiator().name());
		}
		if (filter.from() != null) {
			where.add(where.sortKey() + " >= :from", "from", Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			where.add(where.sortKey() + " <= :to", "to", Date.valueOf(filter.to()));
		}
		if (filter.proposal() != null && !byProposal) {
			where.add(
					"e.id in (select ep.event_id from event_proposal ep"
							+ " where ep.proposal_id = (select pr.id from proposal pr where pr.slug = :proposal))",
					"proposal", filter.proposal());
		}
		if (!filter.channels().isEmpty()) {
			where.add("e.channel in (:channels)", "channels", filter.channels().stream().map(Enum::name).toList());
		}
		if (!filter.statuses().isEmpty()) {
			where.add("e.contact_status in (:statuses)", "statuses",
					filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.direct()) {
			where.add("e.channel = 'MINISTERS'");
		}
		if (filter.q() != null) {
			where.add("e.search_vector @@ backchannel_tsquery(:q)", "q", filter.q());
			where.capped = true;
		}
		if (filter.updatedSince() != null) {
			where.add("e.updated_at > :updatedSince", "updatedSince", Timestamp.from(filter.updatedSince()));
		}
		return where;
	}

	/**
	 * Where-clause fragments and the named parameters they bind.
	 */
	private static final class Conditions {

		private final String from;

		private final String sortKey;

		private final String id;

		private final List<String> clauses = new ArrayList<>();

		private final Map<String, Object> params = new HashMap<>();

		/** Whether its count stops after {@code maxCount} + 1 matches (a search). */
		private boolean capped;

		/**
		 * @param from the rows to filter, event {@code e} among them
		 * @param sortKey the column to order and page on
		 * @param id the event id to break ties with
		 */
		Conditions(String from, String sortKey, String id) {
			this.from = from;
			this.sortKey = sortKey;
			this.id = id;
		}

		String from() {
			return this.from;
		}

		String sortKey() {
			return this.sortKey;
		}

		String id() {
			return this.id;
		}

		void add(String clause) {
			this.clauses.add(clause);
		}

		void param(String name, Object value) {
			this.params.put(name, value);
		}

		void add(String clause, String name, Object value) {
			this.clauses.add(clause);
			this.params.put(name, value);
		}

		String sql() {
			return String.join(" and ", this.clauses);
		}

		boolean capped() {
			return this.capped;
		}

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec statement) {
			for (Map.Entry<String, Object> param : this.params.entrySet()) {
				statement = statement.param(param.getKey(), param.getValue());
			}
			return statement;
		}

	}

	/**
	 * The contacts just before and after one, between the same two principals.
	 */
	public record Neighbours(EventLink previous, EventLink next) {
	}

	private record PageKey(EventFilter filter, EventCursor after, int limit) {
	}

	private record PageRow(EventCursor key, long total) {
	}

	public record EventLink(String slug, String title, PartialDate date) {
	}

}
