package org.backchannel.actor.internal;

import org.backchannel.actor.Actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	List<Actor> findAllBySlugIn(Collection<String> slugs);

}
