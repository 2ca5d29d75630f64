package org.backchannel.event;

/**
 * The outcome of a write: where the event now lives, its status and its new version (the
 * API's ETag).
 */
public record SavedEvent(long id, String slug, String title, EventStatus status, long version) {

	public boolean isPublished() {
		return this.status == EventStatus.PUBLISHED;
	}

}
