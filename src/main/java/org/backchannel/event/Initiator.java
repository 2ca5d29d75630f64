package org.backchannel.event;

/**
 * The side that requested a contact, or NOT_REPORTED where no source says.
 */
public enum Initiator {

	US, RUSSIA, UKRAINE, OTHER, NOT_REPORTED

}
