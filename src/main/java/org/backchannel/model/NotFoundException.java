package org.backchannel.model;

/**
 * Nothing (published) under the asked-for slug or id: a 404 for the pages and the API
 * alike.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object key) {
		super("No " + what + " '" + key + "' is known to Backchannel.");
	}

}
