package org.backchannel.event;

/**
 * An event as an editor previews it, drafts and deleted events included, with who made
 * the change of it that awaits review (null when none does).
 */
public record EventPreview(EventDetail event, EventStatus status, String pendingBy) {
}
