package org.backchannel.event;

import org.backchannel.event.internal.EventSql;

import org.backchannel.event.internal.EventNeighbourReader;

import org.backchannel.event.internal.EventSummaryReader;

import org.backchannel.event.internal.EventDetailReader;
import org.backchannel.event.internal.EventRepository;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backchannel.model.PartialDate;
import org.backchannel.model.ReadTransaction;
import org.backchannel.caching.CacheTags;
import org.backchannel.caching.DataVersion;
import org.backchannel.caching.VersionedCache;
import org.backchannel.caching.QueryCacheProperties;
import org.backchannel.caching.VersionedCaches;
import org.backchannel.proposal.PositionView;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.proposal.ProposalReadService;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one place events are filtered, searched and paged: the timeline pages, the JSON API
 * and the exports all read through here.
 */
@Service
@ReadTransaction
@EnableConfigurationProperties(SearchProperties.class)
public class EventReadService {

	public static final int MAX_LIMIT = 100;

	/**
	 * How many matches a search counts at most ({@code backchannel.search.max-count}): a
	 * word in every event costs no more to count than a rare one.
	 */
	private final int maxCount;

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	private final EventSql sql;

	private final EventSummaryReader summaries;

	private final EventDetailReader detailReader;

	private final EventNeighbourReader neighbourQueries;

	private final ProposalReadService proposals;

	private final VersionedCache<EventFilter, Long> counts;

	private final VersionedCache<PageKey, EventPage> pages;

	private final VersionedCache<String, Optional<EventDetail>> details;

	private final VersionedCache<Long, Neighbours> neighbours;

	private final EventRepository events;

	private final PendingChanges pending;

	EventReadService(JdbcClient jdbc, DataVersion dataVersion, VersionedCaches caches, QueryCacheProperties cache,
			SearchProperties search, ProposalReadService proposals, EventRepository events, PendingChanges pending) {
		this.events = events;
		this.pending = pending;
		this.maxCount = search.maxCount();
		this.proposals = proposals;
		this.jdbc = jdbc;
		this.detailReader = new EventDetailReader(jdbc);
		this.dataVersion = dataVersion;
		this.sql = new EventSql(this.maxCount, search.maxFilterCount());
		this.summaries = new EventSummaryReader(jdbc);
		this.neighbourQueries = new EventNeighbourReader(jdbc);
		// What each kept result shows, for the writes that make it stale (CacheTags): a
		// filter on actors shows only their events, an event's detail only that event,
		// its neighbours only contacts of its own actors.
		this.counts = caches.create("events.counts", cache.size(),
				(filter, total) -> CacheTags.ofFilter(filter.actors(), filter.proposal()));
		this.pages = caches.create("events.pages", cache.size(),
				(key, page) -> CacheTags.ofFilter(key.filter().actors(), key.filter().proposal()));
		this.details = caches.create("events.details", cache.size(), (slug,
				detail) -> detail.map((event) -> Set.of(CacheTags.event(event.id()))).orElse(Set.of(CacheTags.ALL)));
		this.neighbours = caches.create("events.neighbours", cache.size(), (id, neighbours) -> Set.of());
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
			EventSql.Conditions where = this.sql.conditions(filter);
			boolean countAlong = countsAlong(filter, after) && this.counts.find(filter, version) == null;
			List<PageRow> rows = this.sql.page("", filter, where, after, limit + 1, countAlong)
				.bind(this.jdbc)
				.query((rs, row) -> new PageRow(new EventCursor(rs.getDate("sort_key").toLocalDate(), rs.getLong("id")),
						countAlong ? rs.getLong("total") : 0))
				.list();
			long total;
			if (countAlong) {
				total = rows.isEmpty() ? 0 : rows.get(0).total();
				this.counts.put(filter, version, total);
			}
			else {
				total = this.counts.get(filter, version,
						() -> this.sql.count("", where).bind(this.jdbc).query(Long.class).single());
			}
			List<EventCursor> keys = rows.stream().map(PageRow::key).toList();
			boolean more = keys.size() > limit;
			List<EventCursor> page = more ? keys.subList(0, limit) : keys;
			String next = more ? page.get(page.size() - 1).encode() : null;
			// Every count stops at a cap (a search's or any other filter's): beyond it
			// the
			// page says "more than".
			int cap = this.sql.cap(filter);
			boolean capped = total > cap;
			return new EventPage(summaries(page.stream().map(EventCursor::id).toList()), next, capped ? cap : total,
					capped);
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
	 * An event as its editors edit it: the change awaiting review if there is one, else
	 * the event as it stands; never a deleted one.
	 */
	public Optional<EditableEvent> findEditable(String slug) {
		return this.events.findBySlug(slug).filter((event) -> event.getStatus() != EventStatus.DELETED).map((event) -> {
			Optional<PendingChanges.Pending> change = this.pending.find(event.getId());
			return new EditableEvent(event.getId(), event.getSlug(), event.getStatus(), event.getVersion(),
					change.map(PendingChanges.Pending::data).orElseGet(event::toData),
					change.map(PendingChanges.Pending::author).orElse(null));
		});
	}

	/** Any event, drafts and deleted ones included, as the admin's preview shows it. */
	public Optional<EventPreview> findPreview(String slug) {
		return this.events.findBySlug(slug)
			.map((event) -> new EventPreview(this.detailReader.read(List.of(event.getId())).get(0), event.getStatus(),
					this.pending.find(event.getId()).map(PendingChanges.Pending::author).orElse(null)));
	}

	/**
	 * Whether a page counts its filter's matches in the same statement: a search's first
	 * page counts at most {@code maxCount} + 1 matches in a limited subquery of the same
	 * statement. Other filters page from an index and stop after a page, so their count
	 * (capped too) is a query of its own (and cached).
	 */
	private static boolean countsAlong(EventFilter filter, EventCursor after) {
		return filter.q() != null && after == null;
	}

	/**
	 * PostgreSQL's plan for a page of this filter and for its count, to check index use;
	 * {@code explain} is the statement that asks for it ("explain ", or with "analyze").
	 */
	public String explain(String explain, EventFilter filter, EventCursor after, int limit) {
		EventSql.Conditions where = this.sql.conditions(filter);
		String page = String.join("\n",
				this.sql.page(explain, filter, where, after, limit + 1, countsAlong(filter, after))
					.bind(this.jdbc)
					.query(String.class)
					.list());
		String count = String.join("\n", this.sql.count(explain, where).bind(this.jdbc).query(String.class).list());
		return page + "\n---\n" + count;
	}

	/**
	 * Every published event matching the filter, in order, for exports and feeds that
	 * take the whole result; bounded to keep a request's memory bounded.
	 */
	public List<EventSummary> findAll(EventFilter filter, int max) {
		return summaries(matchingIds(filter, max));
	}

	/**
	 * Every published event matching the filter with all its detail (readouts, sources),
	 * in the filter's order, for exports that describe each event in full; bounded like
	 * {@link #findAll}.
	 */
	public List<EventDetail> findDetails(EventFilter filter, int max) {
		return details(matchingIds(filter, max));
	}

	/**
	 * The ids of the first {@code max} matches in the filter's order: one keyset
	 * statement, without the count a page carries (an export has no page count, and
	 * counting half a million contacts at a million events cost more than the export).
	 */
	private List<Long> matchingIds(EventFilter filter, int max) {
		if (max < 1) {
			throw new IllegalArgumentException("max must be at least 1");
		}
		return this.sql.page("", filter, this.sql.conditions(filter), null, max, false)
			.bind(this.jdbc)
			.query((rs, row) -> rs.getLong("id"))
			.list();
	}

	/**
	 * The most recently created or changed published events matching the filter, latest
	 * change first: what a feed reader wants to see.
	 */
	public List<EventDetail> findLatestChanges(EventFilter filter, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
		}
		List<Long> ids = this.sql.latestChanges(this.sql.conditions(filter), limit)
			.bind(this.jdbc)
			.query(Long.class)
			.list();
		return details(ids);
	}

	private List<EventDetail> details(List<Long> ids) {
		return this.detailReader.read(ids);
	}

	public Optional<EventDetail> findEvent(String slug) {
		return this.details.get(slug, this.dataVersion.current(), () -> this.detailReader.readPublished(slug));
	}

	/**
	 * What an event's page shows, read in one transaction: the event, its neighbours and
	 * each party's stance on its proposals as it stood on the event's last day.
	 */
	public Optional<EventInContext> findEventInContext(String slug) {
		return findEvent(slug).map((event) -> new EventInContext(event, findNeighbours(event), this.proposals
			.findStancesOn(event.proposals().stream().map(ProposalRef::slug).toList(), event.date().lastDay())));
	}

	/**
	 * The previous and next published contacts between the same two principals, for an
	 * event with exactly two principals.
	 */
	public Neighbours findNeighbours(EventDetail event) {
		return this.neighbours.get(event.id(), this.dataVersion.current(), () -> {
			event.participants().forEach((participant) -> CacheTags.dependOn(CacheTags.actor(participant.slug())));
			return this.neighbourQueries.read(event);
		});
	}

	/**
	 * PostgreSQL's plan for the previous contact of an event's two principals;
	 * {@code explain} as for {@link #explain}.
	 */
	public String explainNeighbour(String explain, EventDetail event) {
		return this.neighbourQueries.explain(explain, event);
	}

	/**
	 * The summaries of the given events, in the given order ({@link EventSummaryReader}).
	 */
	List<EventSummary> summaries(List<Long> ids) {
		return this.summaries.read(ids);
	}

	/**
	 * The contacts just before and after one, between the same two principals.
	 */
	public record Neighbours(EventLink previous, EventLink next) {
	}

	/**
	 * An event with what its page shows around it.
	 *
	 * @param stances each proposal's (by slug) positions on the event's last day; a
	 * proposal nobody had taken a position on yet is absent
	 */
	public record EventInContext(EventDetail event, Neighbours neighbours, Map<String, List<PositionView>> stances) {
	}

	private record PageKey(EventFilter filter, EventCursor after, int limit) {
	}

	private record PageRow(EventCursor key, long total) {
	}

	public record EventLink(String slug, String title, PartialDate date) {
	}

}
