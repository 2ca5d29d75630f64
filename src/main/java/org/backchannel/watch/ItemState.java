package org.backchannel.watch;

/**
 * What the assistant made of a queued item.
 */
public enum ItemState {

	/**
	 * A US–Russia contact the record does not hold yet: the assistant proposes a draft.
	 */
	NEW_CONTACT,

	/** A contact the record holds: offer to add the item to that event as a source. */
	RECORDED_CONTACT,

	/** Not about a US–Russia contact: kept, with the reason. */
	NOT_A_CONTACT,

	/** Could not be fetched or read, with why. */
	FAILED

}
