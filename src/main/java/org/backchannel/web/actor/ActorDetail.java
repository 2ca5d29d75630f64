package org.backchannel.web.actor;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

import org.backchannel.actor.ActorKind;
import org.backchannel.actor.ActorProfile;
import org.backchannel.actor.AliasView;
import org.backchannel.actor.Counterpart;
import org.backchannel.actor.RoleView;
import org.backchannel.event.EventSummary;
import org.backchannel.model.Side;

/**
 * Everything shown about an actor, on their page and in the API: roles over time,
 * aliases, counterparts and their latest contacts.
 */
public record ActorDetail(String slug, String name, ActorKind kind, @Nullable String country, Side side,
		@Nullable String description, List<AliasView> aliases, List<RoleView> roles, List<Counterpart> counterparts,
		List<EventSummary> events, Instant updatedAt, long version) {

	static ActorDetail of(ActorProfile actor, List<EventSummary> events) {
		return new ActorDetail(actor.slug(), actor.name(), actor.kind(), actor.country(), actor.side(),
				actor.description(), actor.aliases(), actor.roles(), actor.counterparts(), events, actor.updatedAt(),
				actor.version());
	}

}
