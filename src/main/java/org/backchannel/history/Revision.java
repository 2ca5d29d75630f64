package org.backchannel.history;

import java.time.Instant;

/**
 * One recorded change: who, when, what, and the whole record as it stood afterwards (for
 * a deletion: as it stood before).
 *
 * @param snapshot the record as JSON
 * @param restoredFrom for a restore, the revision it went back to
 */
public record Revision(EntityType type, long entityId, String entityKey, int number, ChangeAction action, String status,
		String username, Instant changedAt, String snapshot, Integer restoredFrom) {
}
