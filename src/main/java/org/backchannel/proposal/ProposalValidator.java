package org.backchannel.proposal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backchannel.actor.Actor;
import org.backchannel.actor.ActorRepository;
import org.backchannel.source.Source;
import org.backchannel.source.SourceRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a proposal that need the database: its proposer, the parties of its
 * positions and their sources exist. Field paths are those of {@link ProposalData}.
 */
@Component
public class ProposalValidator implements Validator {

	private final ActorRepository actors;

	private final SourceRepository sources;

	ProposalValidator(ActorRepository actors, SourceRepository sources) {
		this.actors = actors;
		this.sources = sources;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ProposalData.class.isAssignableFrom(type);
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(Object target, Errors errors) {
		ProposalData data = (ProposalData) target;
		validate(data, resolve(data), errors);
	}

	/** The actors and sources a proposal names, loaded in one query each. */
	References resolve(ProposalData data) {
		Set<String> actorSlugs = Stream
			.concat(Stream.of(data.proposer()), data.positions().stream().map(ProposalData.PositionData::party))
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		Map<String, Actor> actors = actorSlugs.isEmpty() ? new HashMap<>()
				: this.actors.findAllBySlugIn(actorSlugs)
					.stream()
					.collect(Collectors.toMap(Actor::getSlug, Function.identity()));
		Set<Long> sourceIds = data.positions()
			.stream()
			.map(ProposalData.PositionData::source)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Source> sources = this.sources.findAllById(sourceIds)
			.stream()
			.collect(Collectors.toMap(Source::getId, Function.identity()));
		return new References(actors, sources);
	}

	void validate(ProposalData data, References refs, Errors errors) {
		refs.actor(errors, "proposer", data.proposer());
		for (int i = 0; i < data.positions().size(); i++) {
			ProposalData.PositionData position = data.positions().get(i);
			refs.actor(errors, "positions[" + i + "].party", position.party());
			Long source = position.source();
			if (source != null && !refs.sources().containsKey(source)) {
				errors.rejectValue("positions[" + i + "].source", "validation.unknownSource",
						new Object[] { String.valueOf(source) }, "names no known source (#" + source + ").");
			}
		}
	}

	record References(Map<String, Actor> actors, Map<Long, Source> sources) {

		void actor(Errors errors, String field, String slug) {
			if (slug != null && !this.actors.containsKey(slug)) {
				errors.rejectValue(field, "validation.unknownActor", new Object[] { slug },
						"names no known actor ('" + slug + "').");
			}
		}

	}

}
