package org.backchannel.event;

/**
 * Who talks to whom in a contact. The first six are the channels of US–Russia diplomacy;
 * RELATED marks the context around them (US–Ukraine or Russia–Ukraine talks, statements,
 * appointments), which is not itself a US–Russia contact.
 */
public enum Channel {

	/** The foreign ministers: Rubio and Lavrov. */
	MINISTERS,

	/** The presidents: Trump and Putin. */
	LEADERS,

	/** The envoys: Witkoff and Kushner with Putin, Dmitriev or Ushakov. */
	ENVOYS,

	/** Delegations: expert, embassy-operations and trilateral rounds. */
	DELEGATIONS,

	/** The intelligence services' chiefs. */
	SECURITY_SERVICES,

	/** The national security advisers and presidential aides. */
	ADVISERS,

	/** Context: not a US–Russia contact itself. */
	RELATED;

	/** Whether this channel is a US–Russia contact rather than context. */
	public boolean isContact() {
		return this != RELATED;
	}

}
