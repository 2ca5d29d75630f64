package org.backchannel.event;

/**
 * What kind of event this is. The contacts themselves are phone calls, meetings, summits,
 * negotiation rounds and written messages; the others are the context around them.
 */
public enum EventType {

	PHONE_CALL, MEETING, SUMMIT, NEGOTIATION_ROUND, STATEMENT, APPOINTMENT, MILITARY_ACTION, MESSAGE, OTHER

}
