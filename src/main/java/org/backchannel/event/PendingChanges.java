package org.backchannel.event;

import java.time.Instant;
import java.util.Optional;

import org.backchannel.history.ChangeAction;
import org.backchannel.history.EntityType;
import org.backchannel.history.Revision;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;

import org.springframework.stereotype.Component;

/**
 * An editor's change to a published event awaits an admin's review as a revision of its
 * own (status {@value #PENDING}), while the event stays published as it was: the site
 * keeps showing the reviewed version, and the change feed does not list the change until
 * an admin publishes it. A later change replaces the one awaiting review (both stay in
 * the history); an admin's own edit or publication applies it.
 */
@Component
class PendingChanges {

	static final String PENDING = "PENDING";

	private final RevisionLog revisions;

	PendingChanges(RevisionLog revisions) {
		this.revisions = revisions;
	}

	/** The change awaiting review, when the event's newest revision is one. */
	Optional<Pending> find(long eventId) {
		return this.revisions.latest(EntityType.EVENT, eventId)
			.filter((revision) -> PENDING.equals(revision.status()))
			.map((revision) -> new Pending(revision.number(), revision.username(), revision.changedAt(),
					this.revisions.read(revision, EventSnapshot.class).event()));
	}

	/** Keeps {@code after} as the change awaiting review of a published event. */
	void record(Event event, EventData before, EventData after, ChangeAuthor author) {
		this.revisions.record(EntityType.EVENT, event.getId(), event.getSlug(), ChangeAction.UPDATE, PENDING, author,
				new EventSnapshot(EventStatus.PUBLISHED, after), null, new RevisionLog.Baseline(
						EventStatus.PUBLISHED.name(), new EventSnapshot(EventStatus.PUBLISHED, before)));
	}

	static boolean isPending(Revision revision) {
		return PENDING.equals(revision.status());
	}

	/**
	 * A change awaiting review.
	 *
	 * @param number its revision's number
	 * @param author who made it
	 * @param at when
	 * @param data the event as the change would make it
	 */
	record Pending(int number, String author, Instant at, EventData data) {
	}

}
