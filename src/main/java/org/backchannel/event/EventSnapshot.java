package org.backchannel.event;

/**
 * What the history keeps of an event at one revision: its content and its status.
 */
public record EventSnapshot(EventStatus status, EventData event) {
}
