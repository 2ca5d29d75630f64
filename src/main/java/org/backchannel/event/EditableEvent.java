package org.backchannel.event;

/**
 * An event loaded for editing: its content, and the version an edit must be based on.
 */
public record EditableEvent(long id, String slug, EventStatus status, long version, EventData data) {
}
