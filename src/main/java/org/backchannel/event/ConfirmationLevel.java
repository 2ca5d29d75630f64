package org.backchannel.event;

/**
 * How sure the record is that a contact took place, derived from its readouts, its
 * sources' voices and its claims by {@link ConfirmationRules}; never typed.
 */
public enum ConfirmationLevel {

	/** Each side's government gave its own account. */
	BOTH_GOVERNMENTS,

	/** One government gave an account (which one: the reason says). */
	ONE_GOVERNMENT,

	/**
	 * Known from media only, state or independent (how many outlets: the reason says).
	 */
	REPORTED,

	/** A side contradicts what is reported about it, or denies it. */
	DISPUTED,

	/** Planned or postponed: not held (yet). */
	PLANNED,

	/** Called off: it did not take place. */
	CANCELLED

}
