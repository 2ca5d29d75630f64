package org.backchannel.event.internal;

import org.backchannel.event.EventCursor;
import org.backchannel.event.EventFilter;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of the event queries: a filter's conditions, a page, its count and the latest
 * changes, as statement text with named parameters. Plain text, so a test reads it
 * without a database; {@link EventReadService} runs it.
 */
public final class EventSql {

	/** How many matches a search counts at most. */
	private final int maxCount;

	/** How many matches any other filter counts at most. */
	private final int maxFilterCount;

	public EventSql(int maxCount, int maxFilterCount) {
		this.maxCount = maxCount;
		this.maxFilterCount = maxFilterCount;
	}

	/**
	 * How many matches this filter's count stops at: the search's cap or the filter's.
	 */
	public int cap(EventFilter filter) {
		return (filter.q() != null) ? this.maxCount : this.maxFilterCount;
	}

	/**
	 * The keyset query for the ids and sort keys of a page, with the count of every match
	 * if {@code withTotal}; {@code prefix} lets a test ask for its plan with "explain".
	 */
	public Statement page(String prefix, EventFilter filter, Conditions where, EventCursor after, int rows,
			boolean withTotal) {
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
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", rows);
		if (after != null) {
			params.put("afterKey", Date.valueOf(after.sortKey()));
			params.put("afterId", after.id());
		}
		return new Statement(sql, params);
	}

	/**
	 * How many events match, up to a cap: a search stops counting after {@code maxCount}
	 * + 1 matches, any other filter after {@code maxFilterCount} + 1, so no page counts a
	 * million events. Unordered, so the plan may stop wherever it finds the matches (an
	 * index of the filter, the search index's bitmap, or the table's first rows when
	 * nearly every event matches).
	 */
	public Statement count(String prefix, Conditions where) {
		int cap = where.capped() ? this.maxCount : this.maxFilterCount;
		return new Statement(prefix + "select count(*) from (select 1 from " + where.from() + " where " + where.sql()
				+ " limit " + (cap + 1) + ") matches", where.params());
	}

	/** The ids of the most recently created or changed matches, latest change first. */
	public Statement latestChanges(Conditions where, int limit) {
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", limit);
		return new Statement("select e.id from " + where.from() + " where " + where.sql()
				+ " order by e.updated_at desc, e.id desc limit :limit", params);
	}

	/**
	 * The filter as SQL. With an actor chosen, rows come from that actor's participations
	 * in timeline order (the index of V7), so a page reads only that actor's events; any
	 * further actors are checked per event. Without an actor but with a proposal, rows
	 * come from that proposal's links to events in the same way (V9).
	 */
	public Conditions conditions(EventFilter filter) {
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
			// actor. The actors' ids are looked up once for the statement (an array of an
			// uncorrelated subquery); "in (select ...)" looked them up again for every
			// event probed, five times the cost at a million events.
			List<String> others = filter.actors().subList(1, filter.actors().size());
			where.add("(select count(*) from event_participant p where p.event_id = " + where.id()
					+ " and p.actor_id = any (array(select a.id from actor a where a.slug in (:otherActors))))"
					+ " = :otherActorCount", "otherActors", others);
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
		if (!filter.confirmations().isEmpty()) {
			where.add("e.confirmation in (:confirmations)", "confirmations",
					filter.confirmations().stream().map(Enum::name).toList());
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
	 * A statement's text and the named parameters it binds.
	 */
	public record Statement(String sql, Map<String, Object> params) {

		public JdbcClient.StatementSpec bind(JdbcClient jdbc) {
			JdbcClient.StatementSpec statement = jdbc.sql(this.sql);
			for (Map.Entry<String, Object> param : this.params.entrySet()) {
				statement = statement.param(param.getKey(), param.getValue());
			}
			return statement;
		}

	}

	/**
	 * Where-clause fragments and the named parameters they bind.
	 */
	public static final class Conditions {

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

		Map<String, Object> params() {
			return Map.copyOf(this.params);
		}

	}

}
