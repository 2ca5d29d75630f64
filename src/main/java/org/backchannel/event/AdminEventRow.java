package org.backchannel.event;

import java.time.Instant;

import org.backchannel.model.PartialDate;

/**
 * An event in the admin list, whatever its status.
 */
public record AdminEventRow(String slug, String title, EventType type, PartialDate date, EventStatus status,
		Instant updatedAt) {
}
