package org.backchannel.actor;

/**
 * Someone an actor met or spoke with, and in how many published events.
 */
public record Counterpart(ActorRef actor, long contacts) {
}
