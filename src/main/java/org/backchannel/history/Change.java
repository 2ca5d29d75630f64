package org.backchannel.history;

import java.time.Instant;

/**
 * The latest change of one public record since a given time, for clients that keep a copy
 * in sync: REMOVED means it is gone from public view (deleted or withdrawn to draft) and
 * the copy should drop it.
 */
public record Change(String type, long id, String key, Kind change, ChangeAction action, Instant changedAt) {

	public enum Kind {

		UPDATED, REMOVED

	}

}
