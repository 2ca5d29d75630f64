package org.backchannel.source.internal;

import org.backchannel.source.Source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findFirstByUrlOrderById(String url);

}
