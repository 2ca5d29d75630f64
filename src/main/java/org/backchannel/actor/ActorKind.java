package org.backchannel.actor;

public enum ActorKind {

	PERSON, ORGANIZATION, GOVERNMENT_BODY

}
