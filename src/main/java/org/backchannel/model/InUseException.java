package org.backchannel.model;

/**
 * A record that others still refer to cannot be deleted (409): an actor who took part in
 * events, a source that facts cite.
 */
public class InUseException extends RuntimeException {

	public InUseException(String message) {
		super(message);
	}

}
