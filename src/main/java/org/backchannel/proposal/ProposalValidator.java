package org.backchannel.proposal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backchannel.actor.Actor;
import org.backchannel.actor.ActorReadService;
import org.backchannel.model.LookAlikes;
import org.backchannel.source.Source;
import org.backchannel.source.SourceReadService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a proposal that need the database: its proposer, the parties of its
 * positions and their sources exist, and its title does not look the same as another
 * proposal's while being written differently ({@link LookAlikes}). Field paths are those
 * of {@link ProposalData}.
 */
@Component
public class ProposalValidator implements Validator {

	private final ActorReadService actors;

	private final SourceReadService sources;

	private final JdbcClient jdbc;

	ProposalValidator(ActorReadService actors, SourceReadService sources, JdbcClient jdbc) {
		this.actors = actors;
		this.sources = sources;
		this.jdbc = jdbc;
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
		// on the edit form the slug is the proposal's own
		lookAlikes(data, data.slug(), errors);
	}

	/**
	 * Refuses a title that looks the same as another proposal's but is written with other
	 * characters; {@code self} (the proposal's slug, null for a new one) may look like
	 * itself.
	 */
	void lookAlikes(ProposalData data, String self, Errors errors) {
		if (data.title() == null || errors.hasFieldErrors("title")) {
			return;
		}
		Map<String, List<LookAlikes.Named>> known = LookAlikes.bySkeleton(
				this.jdbc.sql("select slug, title as name from proposal").query(LookAlikes.Named.class).list(), self);
		LookAlikes.Named other = LookAlikes.lookAlikeOf(known, data.title());
		if (other != null) {
			errors.rejectValue("title", "validation.lookAlike", new Object[] { other.name(), other.slug(), "proposal" },
					"looks the same as “" + other.name() + "” (" + other.slug()
							+ "), another proposal already recorded, but is written with different characters.");
		}
	}

	/** The actors and sources a proposal names, loaded in one query each. */
	References resolve(ProposalData data) {
		Set<String> actorSlugs = Stream
			.concat(Stream.of(data.proposer()), data.positions().stream().map(ProposalData.PositionData::party))
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		Map<String, Actor> actors = this.actors.findEntitiesBySlug(actorSlugs);
		Set<Long> sourceIds = data.positions()
			.stream()
			.map(ProposalData.PositionData::source)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Source> sources = this.sources.findEntitiesById(sourceIds);
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
