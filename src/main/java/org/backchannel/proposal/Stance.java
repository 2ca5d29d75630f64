package org.backchannel.proposal;

public enum Stance {

	PROPOSED, ACCEPTED, ACCEPTED_WITH_CONDITIONS, UNDER_CONSIDERATION, REJECTED, WITHDRAWN

}
