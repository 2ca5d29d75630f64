package org.backchannel.actor;

import org.backchannel.actor.internal.ActorRepository;

import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.backchannel.model.NotFoundException;
import org.backchannel.model.ReadTransaction;
import org.backchannel.model.Side;
import org.backchannel.caching.DataVersion;
import org.backchannel.caching.VersionedCache;
import org.backchannel.caching.VersionedCaches;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads actors for the pages and the API alike.
 */
@Service
@ReadTransaction
public class ActorReadService {

	/**
	 * How many counterparts an actor's page and API answer list: those with most
	 * contacts.
	 */
	public static final int COUNTERPARTS_SHOWN = 100;

	/** How many actors the timeline's filter offers. */
	static final int FILTER_OPTIONS = 100;

	/**
	 * The actor list's order as a row: country (none last), name, id. The index of V32
	 * holds the same expressions, so a page is a keyset range of it.
	 */
	private static final String LIST_ORDER = "(a.country is null), coalesce(a.country, ''), a.name, a.id";

	private static final RowMapper<ActorSummary> ACTOR_SUMMARY = (rs, row) -> new ActorSummary(rs.getString("slug"),
			rs.getString("name"), ActorKind.valueOf(rs.getString("kind")), rs.getString("country"),
			Side.ofCountry(rs.getString("country")), rs.getString("description"), rs.getLong("event_count"));

	private static final RowMapper<ActorRef> ACTOR_REF = (rs, row) -> new ActorRef(rs.getString("slug"),
			rs.getString("name"), Side.ofCountry(rs.getString("country")));

	/** The busiest actors, recomputed (once, however many ask) after the data changed. */
	private final VersionedCache<Integer, List<ActorRef>> filterOptions;

	private final ActorRepository actors;

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	ActorReadService(ActorRepository actors, JdbcClient jdbc, DataVersion dataVersion, VersionedCaches caches) {
		this.filterOptions = caches.create("actors.filter-options", 1);
		this.actors = actors;
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	/**
	 * The actors the timeline's filter offers: the most active ones, recomputed only
	 * after an event changed (the data version moved), plus any the reader already chose.
	 */
	public List<ActorRef> findFilterOptions(Collection<String> chosen) {
		List<ActorRef> busiest = this.filterOptions.get(FILTER_OPTIONS, this.dataVersion.current(),
				() -> this.jdbc.sql("""
						select a.slug, a.name, a.country from actor a
						join (select c.actor_id from actor_event_count c where c.events > 0
						      order by c.events desc, c.actor_id limit :limit) busiest
						  on busiest.actor_id = a.id
						order by a.country nulls last, a.name
						""").param("limit", FILTER_OPTIONS).query(ACTOR_REF).list());
		List<ActorRef> options = new ArrayList<>(busiest);
		List<String> missing = chosen.stream()
			.filter((slug) -> options.stream().noneMatch((actor) -> actor.slug().equals(slug)))
			.toList();
		if (!missing.isEmpty()) {
			options.addAll(this.jdbc.sql("select slug, name, country from actor where slug in (:slugs) order by name")
				.param("slugs", missing)
				.query(ACTOR_REF)
				.list());
		}
		return options;
	}

	/**
	 * Actors ordered by country and name, optionally narrowed by country, kind and a name
	 * or alias fragment.
	 */
	public List<ActorSummary> findActors(String country, ActorKind kind, String q) {
		List<String> where = new ArrayList<>(List.of("true"));
		if (country != null && !country.isBlank()) {
			where.add("a.country = :country");
		}
		if (kind != null) {
			where.add("a.kind = :kind");
		}
		if (q != null && !q.isBlank()) {
			where.add("(a.name ilike :q or exists (select 1 from actor_alias al"
					+ " where al.actor_id = a.id and al.name ilike :q))");
		}
		String sql = """
				select a.slug, a.name, a.kind, a.country, a.description,
				       coalesce((select c.events from actor_event_count c where c.actor_id = a.id), 0) as event_count
				from actor a where %s order by a.country nulls last, a.name
				""".formatted(String.join(" and ", where));
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (country != null && !country.isBlank()) {
			statement = statement.param("country", country.strip().toUpperCase());
		}
		if (kind != null) {
			statement = statement.param("kind", kind.name());
		}
		if (q != null && !q.isBlank()) {
			statement = statement.param("q", "%" + likeEscape(q.strip()) + "%");
		}
		return statement.query(ACTOR_SUMMARY).list();
	}

	/**
	 * One page of the actor list, keyset on its order (country, none last, then name):
	 * the {@code limit} actors after the one with slug {@code after} (from the start when
	 * null), and the slug to continue after when there are more. One statement, and one
	 * look-up of {@code after}, whatever the number of actors.
	 * @throws NotFoundException when no actor has the slug {@code after}
	 */
	public ActorPage findActorPage(@Nullable String after, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		if (after != null && this.jdbc.sql("select count(*) from actor where slug = :slug")
			.param("slug", after)
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException("actor", after);
		}
		String keyset = (after != null)
				? "where (" + LIST_ORDER + ") > (select " + LIST_ORDER + " from actor a where a.slug = :after)" : "";
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				select a.slug, a.name, a.kind, a.country, a.description, coalesce(c.events, 0) as event_count
				from actor a left join actor_event_count c on c.actor_id = a.id
				%s order by %s limit :limit
				""".formatted(keyset, LIST_ORDER)).param("limit", (long) limit + 1);
		if (after != null) {
			statement = statement.param("after", after);
		}
		List<ActorSummary> rows = statement.query(ACTOR_SUMMARY).list();
		boolean more = rows.size() > limit;
		List<ActorSummary> page = more ? rows.subList(0, limit) : rows;
		return new ActorPage(page, more ? page.get(page.size() - 1).slug() : null);
	}

	public Optional<ActorProfile> findActor(String slug) {
		return this.actors.findBySlug(slug)
			.map((actor) -> new ActorProfile(actor.getSlug(), actor.getName(), actor.getKind(), actor.getCountry(),
					actor.getSide(), actor.getDescription(),
					actor.getAliases().stream().map(ActorAlias::toView).toList(),
					actor.getRoles().stream().map(ActorRole::toView).toList(), counterparts(actor.getId()),
					actor.getUpdatedAt(), actor.getVersion()));
	}

	/**
	 * Those who took part in the most published events together with this actor, most
	 * contacts first, at most {@value #COUNTERPARTS_SHOWN}: read from the actor's own
	 * participations (which carry their event's publication, V7) and each of those
	 * events' participants, without reading the events themselves.
	 */
	private List<Counterpart> counterparts(long actorId) {
		return this.jdbc.sql("""
				select other.slug, other.name, other.country, count(*) as contacts
				from event_participant mine
				join event_participant theirs on theirs.event_id = mine.event_id and theirs.actor_id <> mine.actor_id
				join actor other on other.id = theirs.actor_id
				where mine.actor_id = :actor and mine.published
				group by other.id, other.slug, other.name, other.country
				order by contacts desc, other.name, other.id
				limit :limit
				""")
			.param("actor", actorId)
			.param("limit", COUNTERPARTS_SHOWN)
			.query((rs,
					row) -> new Counterpart(new ActorRef(rs.getString("slug"), rs.getString("name"),
							Side.ofCountry(rs.getString("country"))), rs.getLong("contacts")))
			.list();
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The actors with these slugs, by slug, in one query: the entities another module's
	 * record links to (an unknown slug is left out).
	 */
	public Map<String, Actor> findEntitiesBySlug(Collection<String> slugs) {
		return slugs.isEmpty() ? new HashMap<>()
				: this.actors.findAllBySlugIn(slugs)
					.stream()
					.collect(Collectors.toMap(Actor::getSlug, Function.identity()));
	}

}
