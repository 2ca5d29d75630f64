package org.backchannel.event;

import org.backchannel.event.internal.EventRepository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backchannel.history.EntityType;
import org.backchannel.history.Revision;
import org.backchannel.history.RevisionLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's history as editors read it: every revision, newest first, with what it
 * changed in words ({@link EventDescriber}). Writing the revisions is the write service's
 * part; restoring one is too.
 */
@Service
public class EventHistoryService {

	private final EventRepository events;

	private final RevisionLog revisions;

	private final JdbcClient jdbc;

	EventHistoryService(EventRepository events, RevisionLog revisions, JdbcClient jdbc) {
		this.events = events;
		this.revisions = revisions;
		this.jdbc = jdbc;
	}

	/**
	 * The revisions of an event, newest first, each with its differences from the one
	 * before, in readable words (names, not ids).
	 */
	@Transactional(readOnly = true)
	public Optional<EventHistory> findHistory(String slug) {
		return this.events.findBySlug(slug).map((event) -> {
			List<Revision> all = this.revisions.history(EntityType.EVENT, event.getId());
			EventDescriber describer = new EventDescriber(this.jdbc);
			List<EventHistory.RevisionView> views = new ArrayList<>();
			// A change awaiting review is compared with what was applied before it, and
			// what comes after it with what was applied, not with the change.
			Map<String, String> previous = Map.of();
			for (Revision revision : all) {
				EventSnapshot snapshot = this.revisions.read(revision, EventSnapshot.class);
				boolean pending = PendingChanges.isPending(revision);
				EventStatus status = pending ? snapshot.status() : EventStatus.valueOf(revision.status());
				Map<String, String> described = describer.describe(snapshot.event(), status);
				views.add(new EventHistory.RevisionView(revision.number(), revision.action(), status, pending,
						revision.username(), revision.changedAt(), revision.restoredFrom(),
						EventDescriber.differences(previous, described)));
				if (!pending) {
					previous = described;
				}
			}
			Collections.reverse(views);
			return new EventHistory(event.getSlug(), event.getTitle(), event.getStatus(), views);
		});
	}

}
