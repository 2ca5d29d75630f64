package org.backchannel.event.internal;

import org.backchannel.event.Event;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRepository extends JpaRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

}
