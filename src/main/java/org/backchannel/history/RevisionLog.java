package org.backchannel.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.backchannel.model.ChangeAuthor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every create, update, publish, delete and restore, with a JSON
 * snapshot of the whole record, written in the same transaction as the change itself.
 */
@Service
public class RevisionLog {

	public static final int MAX_CHANGES = 1000;

	private static final RowMapper<Revision> REVISION = (rs, row) -> new Revision(
			EntityType.valueOf(rs.getString("entity_type")), rs.getLong("entity_id"), rs.getString("entity_key"),
			rs.getInt("number"), ChangeAction.valueOf(rs.getString("action")), rs.getString("status"),
			rs.getString("username"), rs.getTimestamp("changed_at").toInstant(), rs.getString("snapshot"),
			(Integer) rs.getObject("restored_from"));

	/**
	 * Snapshots have their own, fixed JSON form, whatever the API's settings become; old
	 * snapshots stay readable when a record gains fields.
	 */
	private static final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JdbcClient jdbc;

	RevisionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(EntityType type, long id, String key, ChangeAction action, String status, String username,
			Object snapshot, Integer restoredFrom) {
		this.jdbc
			.sql("""
					insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot,
					                      restored_from)
					values (:type, :id, :key,
					        (select coalesce(max(number), 0) + 1 from revision where entity_type = :type and entity_id = :id),
					        :action, :status, :username, cast(:snapshot as jsonb), :restoredFrom)
					""")
			.param("type", type.name())
			.param("id", id)
			.param("key", key)
			.param("action", action.name())
			.param("status", status)
			.param("username", username)
			.param("snapshot", json.writeValueAsString(snapshot))
			.param("restoredFrom", restoredFrom, java.sql.Types.INTEGER)
			.update();
	}

	/**
	 * Records a change; before the first recorded change of a record that predates the
	 * history (seed data), records the state it had as a baseline.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(EntityType type, long id, String key, ChangeAction action, String status, ChangeAuthor author,
			Object snapshot, Integer restoredFrom, Baseline baseline) {
		if (baseline != null && !hasHistory(type, id)) {
			record(type, id, key, ChangeAction.BASELINE, baseline.status(), "(before history)", baseline.snapshot(),
					null);
		}
		record(type, id, key, action, status, author.username(), snapshot, restoredFrom);
	}

	public boolean hasHistory(EntityType type, long id) {
		return this.jdbc.sql("select count(*) from revision where entity_type = :type and entity_id = :id")
			.param("type", type.name())
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Oldest first. */
	@Transactional(readOnly = true)
	public List<Revision> history(EntityType type, long id) {
		return this.jdbc.sql("select * from revision where entity_type = :type and entity_id = :id order by number")
			.param("type", type.name())
			.param("id", id)
			.query(REVISION)
			.list();
	}

	/** A record's newest revision, if it has any. */
	@Transactional(readOnly = true)
	public Optional<Revision> latest(EntityType type, long id) {
		return this.jdbc
			.sql("select * from revision where entity_type = :type and entity_id = :id order by number desc limit 1")
			.param("type", type.name())
			.param("id", id)
			.query(REVISION)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Revision> find(EntityType type, long id, int number) {
		return this.jdbc
			.sql("select * from revision where entity_type = :type and entity_id = :id and number = :number")
			.param("type", type.name())
			.param("id", id)
			.param("number", number)
			.query(REVISION)
			.optional();
	}

	public <T> T read(Revision revision, Class<T> type) {
		return json.readValue(revision.snapshot(), type);
	}

	/**
	 * The latest change of each public record since an instant, oldest first. Events that
	 * were never public are left out; one that left public view (deleted, or back to
	 * draft) is REMOVED, its id given so a synced copy can drop it.
	 */
	@Transactional(readOnly = true)
	public List<Change> changesSince(Instant since, int limit) {
		// Compared at the milliseconds clients keep, so that passing back the last
		// change's time (as every JavaScript Date does) never lists it again.
		return changes("date_trunc('milliseconds', r.changed_at) > :since", "id", "since", Timestamp.from(since),
				limit);
	}

	/** The newest revision's id, 0 when there is none. */
	@Transactional(readOnly = true)
	public long latestRevisionId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from revision").query(Long.class).single();
	}

	/**
	 * The latest change of each public record whose latest revision comes after the given
	 * revision id, in revision order: paging by the last id listed always advances and
	 * never lists a change twice.
	 */
	@Transactional(readOnly = true)
	public List<Change> changesAfter(long revisionId, int limit) {
		return changes("r.id > :after", "id", "after", revisionId, limit);
	}

	private List<Change> changes(String condition, String order, String name, Object value, int limit) {
		return this.jdbc.sql("""
				select * from (
				    select distinct on (r.entity_type, r.entity_id)
				           r.id, r.entity_type, r.entity_id, r.entity_key, r.action, r.changed_at,
				           e.status as current_status,
				           exists (select 1 from revision p where p.entity_type = 'EVENT'
				                   and p.entity_id = r.entity_id and p.status = 'PUBLISHED') as was_public
				    from revision r
				    left join event e on r.entity_type = 'EVENT' and e.id = r.entity_id
				    where %s and r.action <> 'BASELINE' and r.status is distinct from 'PENDING'
				    order by r.entity_type, r.entity_id, r.changed_at desc, r.id desc
				) latest
				where entity_type <> 'EVENT' or current_status = 'PUBLISHED' or was_public
				order by %s
				limit :max
				""".formatted(condition, order)).param(name, value).param("max", limit).query((rs, row) -> {
			EntityType type = EntityType.valueOf(rs.getString("entity_type"));
			ChangeAction action = ChangeAction.valueOf(rs.getString("action"));
			boolean removed = (type == EntityType.EVENT) ? !"PUBLISHED".equals(rs.getString("current_status"))
					: action == ChangeAction.DELETE;
			return new Change(type.name().toLowerCase(Locale.ROOT), rs.getLong("entity_id"), rs.getString("entity_key"),
					removed ? Change.Kind.REMOVED : Change.Kind.UPDATED, action,
					rs.getTimestamp("changed_at").toInstant().truncatedTo(ChronoUnit.MILLIS), rs.getLong("id"));
		}).list();
	}

	/**
	 * The state a record had before the history began.
	 */
	public record Baseline(String status, Object snapshot) {
	}

}
