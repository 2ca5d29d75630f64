package org.backchannel.draft;

/**
 * Who talks to whom, guessed from the participants' roles: the foreign ministers, the
 * leaders, envoys (a special envoy on either side), national security advisers or aides,
 * intelligence chiefs, delegations; RELATED when the contact is not between the US and
 * Russia.
 */
public enum Channel {

	MINISTERS, LEADERS, ENVOYS, DELEGATIONS, SECURITY_SERVICES, ADVISERS, RELATED

}
