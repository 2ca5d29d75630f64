package org.backchannel.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.backchannel.model.InputRules;

/**
 * Where a page ended: the sort key and id of its last event. Opaque to clients; a cursor
 * that does not decode is the client's error, never ours.
 */
public record EventCursor(LocalDate sortKey, long id) {

	private static final String VERSION = "v1";

	public String encode() {
		String raw = VERSION + ":" + this.sortKey + ":" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	public static EventCursor decode(String cursor) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String[] parts = raw.split(":");
			if (parts.length != 3 || !VERSION.equals(parts[0])) {
				throw new InvalidCursorException();
			}
			LocalDate sortKey = LocalDate.parse(parts[1]);
			if (!InputRules.storable(sortKey)) {
				throw new InvalidCursorException();
			}
			return new EventCursor(sortKey, Long.parseLong(parts[2]));
		}
		catch (RuntimeException ex) {
			throw new InvalidCursorException();
		}
	}

	/**
	 * A cursor that was not produced by this API (or was damaged on the way).
	 */
	public static class InvalidCursorException extends IllegalArgumentException {

		InvalidCursorException() {
			super("The cursor is not one this API produced; start again without it.");
		}

	}

}
