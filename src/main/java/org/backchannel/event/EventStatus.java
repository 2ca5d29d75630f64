package org.backchannel.event;

/**
 * Drafts are invisible to every public page, the API, the feeds and the exports.
 */
public enum EventStatus {

	DRAFT, PUBLISHED

}
