package org.backchannel.actor;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

import org.backchannel.model.Side;

/**
 * What the record holds about an actor: roles over time, aliases and counterparts. Their
 * contacts are the event module's to list.
 */
public record ActorProfile(String slug, String name, ActorKind kind, @Nullable String country, Side side,
		@Nullable String description, List<AliasView> aliases, List<RoleView> roles, List<Counterpart> counterparts,
		Instant updatedAt, long version) {
}
