package org.backchannel.history;

/**
 * The kinds of record whose changes the history keeps.
 */
public enum EntityType {

	EVENT, ACTOR, PROPOSAL, SOURCE

}
