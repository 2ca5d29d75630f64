package org.backchannel.watch;

/**
 * What an editor did with a queued item; an item without one waits.
 */
public enum Decision {

	/** A draft event was opened from it. */
	DRAFTED,

	/** It was added to the matched event as a source. */
	ATTACHED,

	/** Dismissed, with a reason. */
	DISMISSED

}
