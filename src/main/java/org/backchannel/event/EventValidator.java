package org.backchannel.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backchannel.actor.Actor;
import org.backchannel.actor.ActorReadService;
import org.backchannel.model.PartialDate;
import org.backchannel.proposal.Proposal;
import org.backchannel.proposal.ProposalReadService;
import org.backchannel.source.Source;
import org.backchannel.source.SourceReadService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of an event that Bean Validation on {@link EventData} cannot check: the
 * actors, sources and proposals it names exist, each participant takes part once, the end
 * date fits the start date, at least one source is cited, and (asked separately) the
 * warning of a possible duplicate. Field paths are those of {@link EventData}.
 */
@Component
public class EventValidator implements Validator {

	private final ActorReadService actors;

	private final ProposalReadService proposals;

	private final SourceReadService sources;

	private final JdbcClient jdbc;

	EventValidator(ActorReadService actors, ProposalReadService proposals, SourceReadService sources, JdbcClient jdbc) {
		this.actors = actors;
		this.proposals = proposals;
		this.sources = sources;
		this.jdbc = jdbc;
	}

	@Override
	public boolean supports(Class<?> type) {
		return EventData.class.isAssignableFrom(type);
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(Object target, Errors errors) {
		EventData data = (EventData) target;
		validate(data, resolve(data), errors);
	}

	/** The actors, sources and proposals an event names, loaded in one query each. */
	References resolve(EventData data) {
		Set<String> actorSlugs = new HashSet<>();
		actorSlugs.add(data.initiated().initiatorActor());
		data.participants().forEach((participant) -> actorSlugs.add(participant.actor()));
		data.readouts().forEach((readout) -> actorSlugs.add(readout.issuer()));
		data.quotes().forEach((quote) -> actorSlugs.add(quote.speaker()));
		data.claims().forEach((claim) -> actorSlugs.add(claim.disputedBy()));
		actorSlugs.remove(null);
		Set<Long> sourceIds = new HashSet<>(data.sources());
		sourceIds.add(data.initiated().initiatorSource());
		data.readouts().forEach((readout) -> sourceIds.add(readout.source()));
		data.quotes().forEach((quote) -> sourceIds.add(quote.source()));
		data.claims().forEach((claim) -> sourceIds.add(claim.source()));
		sourceIds.remove(null);
		return new References(this.actors.findEntitiesBySlug(actorSlugs), this.sources.findEntitiesById(sourceIds),
				this.proposals.findEntitiesBySlug(data.proposals()));
	}

	void validate(EventData data, References refs, Errors errors) {
		LocalDate endDate = day(data.when().endDate());
		PartialDate date = PartialDate.tryParse(data.when().date(), data.when().datePrecision());
		if (endDate != null && date != null) {
			if (date.value() == null) {
				errors.rejectValue("when.endDate", "validation.endDate.needsStart", "needs a known start date.");
			}
			else if (endDate.isBefore(date.value())) {
				errors.rejectValue("when.endDate", "validation.endDate.beforeStart",
						"must not be before the start date.");
			}
		}
		refs.actor(errors, "initiated.initiatorActor", data.initiated().initiatorActor());
		refs.source(errors, "initiated.initiatorSource", data.initiated().initiatorSource());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < data.participants().size(); i++) {
			String actor = data.participants().get(i).actor();
			String path = "participants[" + i + "].actor";
			if (actor != null) {
				refs.actor(errors, path, actor);
				if (!seen.add(actor)) {
					errors.rejectValue(path, "validation.participantTwice",
							"is listed twice: each participant takes part once.");
				}
			}
		}
		for (int i = 0; i < data.readouts().size(); i++) {
			EventData.ReadoutData readout = data.readouts().get(i);
			refs.actor(errors, "readouts[" + i + "].issuer", readout.issuer());
			refs.source(errors, "readouts[" + i + "].source", readout.source());
		}
		for (int i = 0; i < data.quotes().size(); i++) {
			EventData.QuoteData quote = data.quotes().get(i);
			refs.actor(errors, "quotes[" + i + "].speaker", quote.speaker());
			refs.source(errors, "quotes[" + i + "].source", quote.source());
		}
		for (int i = 0; i < data.claims().size(); i++) {
			EventData.ClaimData claim = data.claims().get(i);
			refs.actor(errors, "claims[" + i + "].disputedBy", claim.disputedBy());
			refs.source(errors, "claims[" + i + "].source", claim.source());
		}
		for (int i = 0; i < data.proposals().size(); i++) {
			if (!refs.proposals().containsKey(data.proposals().get(i))) {
				errors.rejectValue("proposals[" + i + "]", "validation.unknownProposal",
						new Object[] { data.proposals().get(i) }, "names no known proposal (''{0}'').");
			}
		}
		for (int i = 0; i < data.sources().size(); i++) {
			refs.source(errors, "sources[" + i + "]", data.sources().get(i));
		}
		if (citedSources(data).isEmpty()) {
			errors.rejectValue("sources", "validation.sourcesRequired",
					"needs at least one source: every event cites the reports it rests on.");
		}
	}

	/**
	 * Warns of an event that is possibly the same as this one: the same date and the same
	 * principals. The editor may confirm and save anyway.
	 */
	void checkDuplicate(EventData data, Long self, Errors errors) {
		List<String> principals = principals(data);
		PartialDate date = PartialDate.tryParse(data.when().date(), data.when().datePrecision());
		if (data.duplicateConfirmed() || date == null || date.value() == null || principals.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				select e.slug, e.title from event e
				where e.status <> 'DELETED' and e.date_value = :date and e.date_precision = :precision
				  and e.id <> :self
				  and (select string_agg(a.slug, ',' order by a.slug) from event_participant p
				       join actor a on a.id = p.actor_id where p.event_id = e.id and p.role = 'PRINCIPAL') = :principals
				order by e.id limit 1
				""")
			.param("date", java.sql.Date.valueOf(date.value()))
			.param("precision", date.precision().name())
			.param("self", (self != null) ? self : -1L)
			.param("principals", String.join(",", principals))
			.query((rs, row) -> new Object[] { rs.getString("title"), rs.getString("slug") })
			.optional()
			.ifPresent((other) -> errors.rejectValue("confirmDuplicate", "validation.duplicate", other,
					"is possibly the same as “" + other[0] + "” (" + other[1]
							+ "): same date, same principals. Confirm to save it anyway."));
	}

	static List<String> principals(EventData data) {
		return data.participants()
			.stream()
			.filter((participant) -> participant.role() == ParticipantRole.PRINCIPAL && participant.actor() != null)
			.map(EventData.ParticipantData::actor)
			.sorted()
			.distinct()
			.toList();
	}

	/** The event's own sources and every source its statements cite. */
	static Set<Long> citedSources(EventData data) {
		return Stream
			.of(data.sources().stream(), data.readouts().stream().map(EventData.ReadoutData::source),
					data.quotes().stream().map(EventData.QuoteData::source),
					data.claims().stream().map(EventData.ClaimData::source))
			.flatMap(Function.identity())
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static LocalDate day(String value) {
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The actors, sources and proposals an event names, by slug or id.
	 */
	record References(Map<String, Actor> actors, Map<Long, Source> sources, Map<String, Proposal> proposals) {

		void actor(Errors errors, String field, String slug) {
			if (slug != null && !this.actors.containsKey(slug)) {
				errors.rejectValue(field, "validation.unknownActor", new Object[] { slug },
						"names no known actor ('" + slug + "').");
			}
		}

		void source(Errors errors, String field, Long id) {
			if (id != null && !this.sources.containsKey(id)) {
				errors.rejectValue(field, "validation.unknownSource", new Object[] { String.valueOf(id) },
						"names no known source (#" + id + ").");
			}
		}

	}

}
