package org.backchannel.event;

/**
 * Drafts are invisible to every public page, the API, the feeds and the exports; so are
 * deleted events, which are kept (soft delete) so that they can be restored.
 */
public enum EventStatus {

	DRAFT, PUBLISHED, DELETED

}
