package org.backchannel.actor;

import org.jspecify.annotations.Nullable;
import org.backchannel.model.Side;

/**
 * An actor in a list: who they are and how many published events they took part in.
 */
public record ActorSummary(String slug, String name, ActorKind kind, @Nullable String country, Side side,
		@Nullable String description, long eventCount) {
}
