package org.backchannel.event;

public enum ParticipantRole {

	PRINCIPAL, DELEGATION_MEMBER, HOST, MEDIATOR

}
