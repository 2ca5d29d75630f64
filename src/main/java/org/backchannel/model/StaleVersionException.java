package org.backchannel.model;

/**
 * An edit based on a version that someone else has changed meanwhile: it is refused (409)
 * rather than silently overwriting their change.
 */
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleVersionException(String what, Object key, long expected, long current) {
		super("The " + what + " '" + key + "' was changed by someone else meanwhile (your version " + expected
				+ ", now " + current + "). Reload it and apply your change again.");
		this.currentVersion = current;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
