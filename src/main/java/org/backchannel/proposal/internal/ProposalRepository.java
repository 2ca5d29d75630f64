package org.backchannel.proposal.internal;

import org.backchannel.proposal.Proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findBySlug(String slug);

	List<Proposal> findAllBySlugIn(Collection<String> slugs);

	@Query("select p from Proposal p order by p.dateValue nulls last, p.title")
	List<Proposal> findAllInOrder();

}
