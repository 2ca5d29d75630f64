package org.backchannel.event;

public enum ClaimStatus {

	REPORTED, CONFIRMED, DISPUTED, DENIED

}
