package org.backchannel.event;

import java.time.Instant;
import java.util.List;

import org.backchannel.history.ChangeAction;

/**
 * An event's revisions, newest first, each with what it changed.
 */
public record EventHistory(String slug, String title, EventStatus status, List<RevisionView> revisions) {

	/**
	 * @param differences what this revision changed compared with the one before
	 * @param restoredFrom for a restore, the revision it went back to
	 */
	public record RevisionView(int number, ChangeAction action, EventStatus status, boolean pendingReview,
			String username, Instant changedAt, Integer restoredFrom, List<Difference> differences) {
	}

	/**
	 * One field's value before and after (empty where there was or is none).
	 */
	public record Difference(String field, String before, String after) {
	}

}
