package org.backchannel.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, Long> {

	@Query("select e from Event e where e.slug = :slug and e.status = org.backchannel.event.EventStatus.PUBLISHED")
	Optional<Event> findPublishedBySlug(String slug);

	Optional<Event> findBySlug(String slug);

	/**
	 * Loads a page of events; their collections then come in one batched statement each
	 * (hibernate.default_batch_fetch_size), so a page costs the same whatever its size.
	 */
	@Query("select e from Event e where e.id in :ids")
	List<Event> findAllByIdIn(Collection<Long> ids);

}
