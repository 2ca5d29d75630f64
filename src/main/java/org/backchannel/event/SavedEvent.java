package org.backchannel.event;

/**
 * The outcome of a write: where the event now lives, its status and its new version (the
 * API's ETag), and whether a change of it awaits an admin's review (an editor's change of
 * a published event, which stays published as it was until then).
 */
public record SavedEvent(long id, String slug, String title, EventStatus status, long version, boolean pendingReview) {

	public boolean isPublished() {
		return this.status == EventStatus.PUBLISHED;
	}

}
