package org.backchannel.actor;

import org.backchannel.model.Side;

/**
 * An actor as named next to a fact: enough to link to them and tell their side.
 */
public record ActorRef(String slug, String name, Side side) {
}
