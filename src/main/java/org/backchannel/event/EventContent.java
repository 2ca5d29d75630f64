package org.backchannel.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.backchannel.actor.Actor;
import org.backchannel.history.ChangeAction;
import org.backchannel.history.EntityType;
import org.backchannel.history.RecordWriter;
import org.backchannel.history.Revision;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.InputRules;
import org.backchannel.model.PartialDate;
import org.backchannel.source.Source;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.SlugAllocator;
import org.backchannel.model.RecordValidator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * How an event's data becomes the entity's state: every field applied, references
 * resolved to the records they name, the date parsed at its precision.
 */
final class EventContent {

	private EventContent() {
	}

	static void apply(Event event, EventData data, Parsed parsed, EventValidator.References refs) {
		event.setTitle(data.title());
		event.setType(data.type());
		event.setDate(parsed.date());
		event.setDateNote(data.when().dateNote());
		// Left out (an older client, a revision from before channels), they stay as they
		// were.
		event.setChannel((data.channel() != null) ? data.channel() : event.getChannel(),
				(data.contactStatus() != null) ? data.contactStatus() : event.getContactStatus());
		event.setEndDate(parsed.endDate());
		event.setDurationMinutes(data.when().durationMinutes());
		event.setPlace(data.where().place(), data.where().country());
		event.setInitiator(
				(data.initiated().initiator() != null) ? data.initiated().initiator() : Initiator.NOT_REPORTED,
				refs.actors().get(data.initiated().initiatorActor()), data.initiated().initiatorNote(),
				refs.sources().get(data.initiated().initiatorSource()));
		event.setSummary(data.summary());
		Map<Actor, ParticipantRole> participants = new LinkedHashMap<>();
		data.participants()
			.forEach((participant) -> participants.put(refs.actors().get(participant.actor()), participant.role()));
		event.replaceParticipants(participants);
		event.clearStatements();
		data.readouts()
			.forEach((readout) -> event.addReadout(readout, refs.actors().get(readout.issuer()),
					refs.sources().get(readout.source())));
		data.quotes()
			.forEach((quote) -> event.addQuote(quote, refs.actors().get(quote.speaker()),
					refs.sources().get(quote.source())));
		data.claims()
			.forEach((claim) -> event.addClaim(claim, refs.actors().get(claim.disputedBy()),
					refs.sources().get(claim.source())));
		event.replaceProposals(data.proposals().stream().map(refs.proposals()::get).toList());
		Collection<Source> cited = EventValidator.citedSources(data).stream().map(refs.sources()::get).toList();
		event.replaceSources(cited);
	}

	/**
	 * The values the event's text stands for, once it is valid.
	 */
	record Parsed(PartialDate date, LocalDate endDate) {

		static Parsed of(EventData data) {
			return new Parsed(PartialDate.parse(data.when().date(), data.when().datePrecision()),
					(data.when().endDate() != null) ? LocalDate.parse(data.when().endDate()) : null);
		}

	}

}
