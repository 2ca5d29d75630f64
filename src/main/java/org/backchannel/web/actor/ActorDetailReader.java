package org.backchannel.web.actor;

import java.util.Optional;

import org.backchannel.actor.ActorReadService;
import org.backchannel.event.EventFilter;
import org.backchannel.event.EventReadService;

import org.springframework.stereotype.Component;

/**
 * An actor with their latest contacts: the actor module's profile joined with the event
 * module's list, for the actor's page and the API alike.
 */
@Component
class ActorDetailReader {

	/**
	 * How many of an actor's events their page lists; the timeline filtered by them has
	 * all.
	 */
	static final int EVENTS_SHOWN = 100;

	private final ActorReadService actors;

	private final EventReadService events;

	ActorDetailReader(ActorReadService actors, EventReadService events) {
		this.actors = actors;
		this.events = events;
	}

	Optional<ActorDetail> find(String slug) {
		return this.actors.findActor(slug)
			.map((actor) -> ActorDetail.of(actor,
					this.events.findEvents(EventFilter.forActor(slug), null, EVENTS_SHOWN).items()));
	}

}
