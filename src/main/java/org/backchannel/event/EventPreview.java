package org.backchannel.event;

/**
 * An event as an editor previews it, drafts and deleted events included.
 */
public record EventPreview(EventDetail event, EventStatus status) {
}
