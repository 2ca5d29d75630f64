package org.backchannel.history;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.backchannel.model.BaseEntity;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.StaleVersionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The steps that creating, changing and deleting an actor, a proposal or a source share:
 * optimistic locking, writing at once, and a revision in the history for each change.
 * Each write service keeps one for its kind of record; the event write service uses its
 * version check and its write, and records an event's revisions itself (with the status
 * each one leaves the event in).
 *
 * @param <E> the kind of record
 */
public final class RecordWriter<E extends BaseEntity> {

	private final EntityType type;

	private final JpaRepository<E, Long> repository;

	private final Function<E, String> key;

	private final Function<E, ?> snapshot;

	private final RevisionLog revisions;

	/**
	 * @param key the record's key in the history and in conflict messages (its slug or
	 * id)
	 * @param snapshot the record's state as the history keeps it (and as edits compare
	 * it)
	 */
	public RecordWriter(EntityType type, JpaRepository<E, Long> repository, Function<E, String> key,
			Function<E, ?> snapshot, RevisionLog revisions) {
		this.type = type;
		this.repository = repository;
		this.key = key;
		this.snapshot = snapshot;
		this.revisions = revisions;
	}

	/** Saves a new record and records its creation. */
	public void create(E entity, ChangeAuthor author) {
		this.repository.saveAndFlush(entity);
		this.revisions.record(this.type, entity.getId(), this.key.apply(entity), ChangeAction.CREATE, null,
				author.username(), this.snapshot.apply(entity), null);
	}

	/** Refuses an edit based on a version that someone else has changed meanwhile. */
	public void checkVersion(E entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new StaleVersionException(what(), this.key.apply(entity), expectedVersion, entity.getVersion());
		}
	}

	/**
	 * Applies an edit (already checked) and, unless it changed nothing, writes it now, so
	 * that a concurrent edit that got in first is reported as a conflict, not as an error
	 * at commit, and records the revision.
	 */
	public void update(E entity, long expectedVersion, Consumer<E> edit, ChangeAuthor author) {
		Object before = this.snapshot.apply(entity);
		edit.accept(entity);
		if (this.snapshot.apply(entity).equals(before)) {
			return;
		}
		write(entity, expectedVersion);
		this.revisions.record(this.type, entity.getId(), this.key.apply(entity), ChangeAction.UPDATE, null, author,
				this.snapshot.apply(entity), null, new RevisionLog.Baseline(null, before));
	}

	/**
	 * Writes a changed record now (its change time moved on), so that a concurrent edit
	 * that got in first is reported as a conflict, not as an error at commit. For write
	 * services whose records have a workflow of their own (events: drafts, publication,
	 * soft deletion, restore), which record their revisions themselves.
	 */
	public void write(E entity, long expectedVersion) {
		entity.touch();
		try {
			this.repository.saveAndFlush(entity);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException(what(), this.key.apply(entity), expectedVersion, expectedVersion + 1);
		}
	}

	/** Deletes a record (its uses already checked) and records the deletion. */
	public void delete(E entity, ChangeAuthor author) {
		Object before = this.snapshot.apply(entity);
		this.repository.delete(entity);
		this.repository.flush();
		this.revisions.record(this.type, entity.getId(), this.key.apply(entity), ChangeAction.DELETE, null, author,
				before, null, new RevisionLog.Baseline(null, before));
	}

	private String what() {
		return this.type.name().toLowerCase(Locale.ROOT);
	}

}
