package org.backchannel.event;

/**
 * Whether a contact took place. Only a HELD contact happened; the others were announced
 * and then did not happen as planned, and pages, calendars and feeds say so.
 */
public enum ContactStatus {

	HELD, PLANNED, CANCELLED, POSTPONED;

	public boolean isHeld() {
		return this == HELD;
	}

}
