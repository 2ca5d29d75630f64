package org.backchannel.actor;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.backchannel.event.EventSummary;
import org.backchannel.model.Side;

/**
 * Everything shown about an actor: roles over time, aliases, events and counterparts.
 */
public record ActorDetail(String slug, String name, ActorKind kind, @Nullable String country, Side side,
		@Nullable String description, List<AliasView> aliases, List<RoleView> roles, List<Counterpart> counterparts,
		List<EventSummary> events, Instant updatedAt, long version) {
}
