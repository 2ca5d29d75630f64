package org.backchannel.event;

/**
 * An event loaded for editing: its content (the change awaiting review, when there is
 * one), the version an edit must be based on, and who made the change awaiting review
 * (null when there is none).
 */
public record EditableEvent(long id, String slug, EventStatus status, long version, EventData data, String pendingBy) {
}
