package org.backchannel.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backchannel.actor.Actor;
import org.backchannel.actor.ActorRepository;
import org.backchannel.history.ChangeAction;
import org.backchannel.history.EntityType;
import org.backchannel.history.Revision;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.InputCheck;
import org.backchannel.model.PartialDate;
import org.backchannel.proposal.Proposal;
import org.backchannel.proposal.ProposalRepository;
import org.backchannel.source.Source;
import org.backchannel.source.SourceRepository;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.SlugAllocator;
import org.backchannel.model.StaleVersionException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way events are written, by the admin forms and the API alike: the same rules,
 * optimistic locking against lost updates, the draft → published review, and a revision
 * in the history for every change.
 */
@Service
@Transactional
public class EventService {

	static final int SLUG_MAX_LENGTH = 160;

	private final EventRepository events;

	private final ActorRepository actors;

	private final ProposalRepository proposals;

	private final SourceRepository sources;

	private final JdbcClient jdbc;

	private final RevisionLog revisions;

	private final SlugAllocator slugs;

	EventService(EventRepository events, ActorRepository actors, ProposalRepository proposals, SourceRepository sources,
			JdbcClient jdbc, RevisionLog revisions, SlugAllocator slugs) {
		this.slugs = slugs;
		this.events = events;
		this.actors = actors;
		this.proposals = proposals;
		this.sources = sources;
		this.jdbc = jdbc;
		this.revisions = revisions;
	}

	/** Every event, drafts and deleted ones included, most recently changed first. */
	@Transactional(readOnly = true)
	public List<AdminEventRow> findAllForAdmin() {
		return this.jdbc.sql("""
				select slug, title, type, date_value, date_precision, status, updated_at from event
				order by updated_at desc, id desc
				""")
			.query((rs, row) -> new AdminEventRow(rs.getString("slug"), rs.getString("title"),
					EventType.valueOf(rs.getString("type")),
					new PartialDate((rs.getDate("date_value") != null) ? rs.getDate("date_value").toLocalDate() : null,
							DatePrecision.valueOf(rs.getString("date_precision"))),
					EventStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<EditableEvent> findEditable(String slug) {
		return this.events.findBySlug(slug)
			.filter((event) -> event.getStatus() != EventStatus.DELETED)
			.map((event) -> new EditableEvent(event.getId(), event.getSlug(), event.getStatus(), event.getVersion(),
					event.toData()));
	}

	@Transactional(readOnly = true)
	public Optional<EventPreview> findPreview(String slug) {
		return this.events.findBySlug(slug).map((event) -> new EventPreview(event.toDetail(), event.getStatus()));
	}

	/**
	 * A new event, always a draft until an admin publishes it.
	 */
	public SavedEvent create(EventData data, ChangeAuthor author) {
		References refs = resolve(data);
		InputCheck check = new InputCheck();
		Parsed parsed = validate(data, refs, check);
		if (!check.hasErrors()) {
			checkDuplicate(data, parsed.date(), refs, null, check);
		}
		if (check.hasErrors()) {
			throw new InvalidInputException(check.errors());
		}
		String slug = this.slugs.claim(SlugAllocator.Table.EVENT, data.slug(),
				generateSlug(data.title(), parsed.date()));
		Event event = new Event(slug, data.title(), data.type(), parsed.date(), data.summary());
		event.setStatus(EventStatus.DRAFT);
		apply(event, data, parsed, refs);
		try {
			this.events.saveAndFlush(event);
		}
		catch (DataIntegrityViolationException ex) {
			// The advisory lock serialises creators of one slug; this is the last line.
			throw InvalidInputException.of("slug", "is already used by another event; choose another.");
		}
		EventData saved = event.toData();
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.CREATE, EventStatus.DRAFT.name(),
				author, new EventSnapshot(EventStatus.DRAFT, saved), null, null);
		return saved(event);
	}

	/**
	 * Changes an event, provided nobody changed it since {@code expectedVersion}. An
	 * editor's change of a published event takes it back to draft, for an admin to review
	 * and publish again.
	 */
	public SavedEvent update(String slug, EventData data, long expectedVersion, ChangeAuthor author) {
		Event event = findLive(slug);
		checkVersion(event, expectedVersion);
		EventData before = event.toData();
		EventStatus statusBefore = event.getStatus();
		References refs = resolve(data);
		InputCheck check = new InputCheck();
		Parsed parsed = validate(data, refs, check);
		if (data.slug() != null && !data.slug().equals(slug)) {
			check.reject("slug", "cannot be changed once the event exists (links to it would break).");
		}
		if (!check.hasErrors() && (!Objects.equals(before.date(), data.date())
				|| before.datePrecision() != data.datePrecision() || !principals(before).equals(principals(data)))) {
			checkDuplicate(data, parsed.date(), refs, event.getId(), check);
		}
		if (check.hasErrors()) {
			throw new InvalidInputException(check.errors());
		}
		apply(event, data, parsed, refs);
		EventStatus status = author.admin() ? statusBefore : EventStatus.DRAFT;
		EventData after = event.toData();
		if (after.equals(before) && status == statusBefore) {
			return saved(event);
		}
		event.setStatus(status);
		flush(event, expectedVersion);
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.UPDATE, status.name(), author,
				new EventSnapshot(status, after), null,
				new RevisionLog.Baseline(statusBefore.name(), new EventSnapshot(statusBefore, before)));
		return saved(event);
	}

	public SavedEvent publish(String slug, Long expectedVersion, ChangeAuthor author) {
		requireAdmin(author, "publish");
		Event event = findLive(slug);
		if (expectedVersion != null) {
			checkVersion(event, expectedVersion);
		}
		if (event.getStatus() == EventStatus.PUBLISHED) {
			return saved(event);
		}
		EventStatus statusBefore = event.getStatus();
		event.setStatus(EventStatus.PUBLISHED);
		flush(event, event.getVersion());
		EventData data = event.toData();
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.PUBLISH, EventStatus.PUBLISHED.name(),
				author, new EventSnapshot(EventStatus.PUBLISHED, data), null,
				new RevisionLog.Baseline(statusBefore.name(), new EventSnapshot(statusBefore, data)));
		return saved(event);
	}

	/**
	 * Deletes an event softly: it disappears from every public view, keeps its id and
	 * slug, and its last state stays in the history to be restored.
	 */
	public SavedEvent delete(String slug, Long expectedVersion, ChangeAuthor author) {
		requireAdmin(author, "delete");
		Event event = findLive(slug);
		if (expectedVersion != null) {
			checkVersion(event, expectedVersion);
		}
		EventStatus statusBefore = event.getStatus();
		EventSnapshot before = new EventSnapshot(statusBefore, event.toData());
		event.setStatus(EventStatus.DELETED);
		flush(event, event.getVersion());
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.DELETE, EventStatus.DELETED.name(),
				author, before, null, new RevisionLog.Baseline(statusBefore.name(), before));
		return saved(event);
	}

	/**
	 * Brings an event back to the content it had at an earlier revision, keeping its
	 * status; a deleted event comes back, under its old id and slug, with the status it
	 * had at that revision.
	 */
	public SavedEvent restore(String slug, int number, ChangeAuthor author) {
		requireAdmin(author, "restore");
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException("event", slug));
		Revision revision = this.revisions.find(EntityType.EVENT, event.getId(), number)
			.orElseThrow(() -> new NotFoundException("revision", slug + " #" + number));
		EventSnapshot snapshot = this.revisions.read(revision, EventSnapshot.class);
		EventData data = snapshot.event().withSlug(slug);
		References refs = resolve(data);
		InputCheck check = new InputCheck();
		Parsed parsed = validate(data, refs, check);
		if (check.hasErrors()) {
			throw new InvalidInputException(check.errors());
		}
		EventStatus statusBefore = event.getStatus();
		EventSnapshot before = new EventSnapshot(statusBefore, event.toData());
		apply(event, data, parsed, refs);
		// Restoring brings back content; only a deleted event also gets its old status
		// back.
		EventStatus status = (statusBefore == EventStatus.DELETED) ? snapshot.status() : statusBefore;
		event.setStatus(status);
		flush(event, event.getVersion());
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.RESTORE, status.name(), author,
				new EventSnapshot(status, event.toData()), number,
				new RevisionLog.Baseline(statusBefore.name(), before));
		return saved(event);
	}

	/**
	 * The revisions of an event, newest first, each with its differences from the one
	 * before, in readable words (names, not ids).
	 */
	@Transactional(readOnly = true)
	public Optional<EventHistory> findHistory(String slug) {
		return this.events.findBySlug(slug).map((event) -> {
			List<Revision> all = this.revisions.history(EntityType.EVENT, event.getId());
			EventDescriber describer = new EventDescriber(this.jdbc);
			List<EventHistory.RevisionView> views = new ArrayList<>();
			Map<String, String> previous = Map.of();
			for (Revision revision : all) {
				EventSnapshot snapshot = this.revisions.read(revision, EventSnapshot.class);
				EventStatus status = EventStatus.valueOf(revision.status());
				Map<String, String> described = describer.describe(snapshot.event(), status);
				views.add(new EventHistory.RevisionView(revision.number(), revision.action(), status,
						revision.username(), revision.changedAt(), revision.restoredFrom(),
						EventDescriber.differences(previous, described)));
				previous = described;
			}
			Collections.reverse(views);
			return new EventHistory(event.getSlug(), event.getTitle(), event.getStatus(), views);
		});
	}

	private Event findLive(String slug) {
		return this.events.findBySlug(slug)
			.filter((event) -> event.getStatus() != EventStatus.DELETED)
			.orElseThrow(() -> new NotFoundException("event", slug));
	}

	private static void checkVersion(Event event, long expectedVersion) {
		if (event.getVersion() != expectedVersion) {
			throw new StaleVersionException("event", event.getSlug(), expectedVersion, event.getVersion());
		}
	}

	private static void requireAdmin(ChangeAuthor author, String what) {
		if (!author.admin()) {
			throw new AccessDeniedException("Only an admin may " + what + " events.");
		}
	}

	/**
	 * Writes the change now, so that a concurrent edit that got in first is reported as a
	 * conflict, not as an error at commit.
	 */
	private void flush(Event event, long expectedVersion) {
		event.touch();
		try {
			this.events.saveAndFlush(event);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException("event", event.getSlug(), expectedVersion, expectedVersion + 1);
		}
	}

	private static SavedEvent saved(Event event) {
		return new SavedEvent(event.getId(), event.getSlug(), event.getTitle(), event.getStatus(), event.getVersion());
	}

	private References resolve(EventData data) {
		Set<String> actorSlugs = new HashSet<>();
		actorSlugs.add(data.initiatorActor());
		data.participants().forEach((participant) -> actorSlugs.add(participant.actor()));
		data.readouts().forEach((readout) -> actorSlugs.add(readout.issuer()));
		data.quotes().forEach((quote) -> actorSlugs.add(quote.speaker()));
		data.claims().forEach((claim) -> actorSlugs.add(claim.disputedBy()));
		actorSlugs.remove(null);
		Set<Long> sourceIds = new HashSet<>(data.sources());
		sourceIds.add(data.initiatorSource());
		data.readouts().forEach((readout) -> sourceIds.add(readout.source()));
		data.quotes().forEach((quote) -> sourceIds.add(quote.source()));
		data.claims().forEach((claim) -> sourceIds.add(claim.source()));
		sourceIds.remove(null);
		return new References(
				actorSlugs.isEmpty() ? new HashMap<>()
						: this.actors.findAllBySlugIn(actorSlugs)
							.stream()
							.collect(Collectors.toMap(Actor::getSlug, Function.identity())),
				sourceIds.isEmpty() ? new HashMap<>()
						: this.sources.findAllById(sourceIds)
							.stream()
							.collect(Collectors.toMap(Source::getId, Function.identity())),
				data.proposals().isEmpty() ? new HashMap<>()
						: this.proposals.findAllBySlugIn(data.proposals())
							.stream()
							.collect(Collectors.toMap(Proposal::getSlug, Function.identity())));
	}

	/**
	 * Every rule an event must follow, for the forms and the API alike; messages are
	 * keyed by the field's path.
	 */
	static Parsed validate(EventData data, References refs, InputCheck check) {
		if (data.slug() != null) {
			check.slug("slug", data.slug(), 160);
		}
		if (check.required("title", data.title())) {
			check.singleLine("title", data.title(), 300);
		}
		check.required("type", data.type());
		PartialDate date = check.partialDate("date", "datePrecision", data.date(), data.datePrecision());
		LocalDate endDate = check.day("endDate", data.endDate());
		if (endDate != null) {
			if (date != null && date.value() == null) {
				check.reject("endDate", "needs a known start date.");
			}
			else if (date != null && endDate.isBefore(date.value())) {
				check.reject("endDate", "must not be before the start date.");
			}
		}
		Integer duration = check.positiveNumber("durationMinutes", data.durationMinutes());
		check.singleLine("place", data.place(), 200);
		check.country("country", data.country());
		refs.actor(check, "initiatorActor", data.initiatorActor());
		check.singleLine("initiatorNote", data.initiatorNote(), 500);
		refs.source(check, "initiatorSource", data.initiatorSource());
		if (check.required("summary", data.summary())) {
			check.multiLine("summary", data.summary(), InputCheck.LONG_TEXT);
		}
		check.singleLine("dateNote", data.dateNote(), 500);

		Set<String> seen = new HashSet<>();
		for (int i = 0; i < data.participants().size(); i++) {
			EventData.ParticipantData participant = data.participants().get(i);
			String path = "participants[" + i + "]";
			if (check.required(path + ".actor", participant.actor())) {
				refs.actor(check, path + ".actor", participant.actor());
				if (!seen.add(participant.actor())) {
					check.reject(path + ".actor", "is listed twice: each participant takes part once.");
				}
			}
			check.required(path + ".role", participant.role());
		}
		for (int i = 0; i < data.readouts().size(); i++) {
			EventData.ReadoutData readout = data.readouts().get(i);
			String path = "readouts[" + i + "]";
			check.required(path + ".side", readout.side());
			if (check.required(path + ".issuer", readout.issuer())) {
				refs.actor(check, path + ".issuer", readout.issuer());
			}
			if (check.required(path + ".summary", readout.summary())) {
				check.multiLine(path + ".summary", readout.summary(), InputCheck.LONG_TEXT);
			}
			for (int q = 0; q < readout.keyQuotes().size(); q++) {
				check.multiLine(path + ".keyQuotes[" + q + "]", readout.keyQuotes().get(q), InputCheck.LONG_TEXT);
			}
			if (check.required(path + ".source", readout.source())) {
				refs.source(check, path + ".source", readout.source());
			}
		}
		for (int i = 0; i < data.quotes().size(); i++) {
			EventData.QuoteData quote = data.quotes().get(i);
			String path = "quotes[" + i + "]";
			if (check.required(path + ".speaker", quote.speaker())) {
				refs.actor(check, path + ".speaker", quote.speaker());
			}
			if (check.required(path + ".text", quote.text())) {
				check.multiLine(path + ".text", quote.text(), InputCheck.LONG_TEXT);
			}
			check.singleLine(path + ".context", quote.context(), 500);
			if (check.required(path + ".source", quote.source())) {
				refs.source(check, path + ".source", quote.source());
			}
		}
		for (int i = 0; i < data.claims().size(); i++) {
			EventData.ClaimData claim = data.claims().get(i);
			String path = "claims[" + i + "]";
			if (check.required(path + ".text", claim.text())) {
				check.multiLine(path + ".text", claim.text(), InputCheck.LONG_TEXT);
			}
			check.required(path + ".status", claim.status());
			refs.actor(check, path + ".disputedBy", claim.disputedBy());
			if (check.required(path + ".source", claim.source())) {
				refs.source(check, path + ".source", claim.source());
			}
		}
		for (int i = 0; i < data.proposals().size(); i++) {
			if (!refs.proposals().containsKey(data.proposals().get(i))) {
				check.reject("proposals[" + i + "]", "names no known proposal ('" + data.proposals().get(i) + "').");
			}
		}
		for (int i = 0; i < data.sources().size(); i++) {
			refs.source(check, "sources[" + i + "]", data.sources().get(i));
		}
		if (citedSources(data).isEmpty()) {
			check.reject("sources", "needs at least one source: every event cites the reports it rests on.");
		}
		return new Parsed(date, endDate, duration);
	}

	/** The event's own sources and every source its statements cite. */
	private static Set<Long> citedSources(EventData data) {
		return Stream
			.of(data.sources().stream(), data.readouts().stream().map(EventData.ReadoutData::source),
					data.quotes().stream().map(EventData.QuoteData::source),
					data.claims().stream().map(EventData.ClaimData::source))
			.flatMap(Function.identity())
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static List<String> principals(EventData data) {
		return data.participants()
			.stream()
			.filter((participant) -> participant.role() == ParticipantRole.PRINCIPAL && participant.actor() != null)
			.map(EventData.ParticipantData::actor)
			.sorted()
			.distinct()
			.toList();
	}

	/**
	 * Warns of an event that is possibly the same as this one: the same date and the same
	 * principals. The editor may confirm and save anyway.
	 */
	private void checkDuplicate(EventData data, PartialDate date, References refs, Long self, InputCheck check) {
		List<String> principals = principals(data);
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
			.query((rs, row) -> "is possibly the same as “" + rs.getString("title") + "” (" + rs.getString("slug")
					+ "): same date, same principals. Confirm to save it anyway.")
			.optional()
			.ifPresent((message) -> check.reject("confirmDuplicate", message));
	}

	static String generateSlug(String title, PartialDate date) {
		String prefix = (date.value() != null) ? date.iso() + "-" : "";
		String words = InputCheck.slugify(title, SLUG_MAX_LENGTH - prefix.length() - 6);
		return prefix + (words.isEmpty() ? "event" : words);
	}

	private static void apply(Event event, EventData data, Parsed parsed, References refs) {
		event.setTitle(data.title());
		event.setType(data.type());
		event.setDate(parsed.date());
		event.setDateNote(data.dateNote());
		// Left out (an older client, a revision from before channels), they stay as they
		// were.
		event.setChannel((data.channel() != null) ? data.channel() : event.getChannel(),
				(data.contactStatus() != null) ? data.contactStatus() : event.getContactStatus());
		event.setEndDate(parsed.endDate());
		event.setDurationMinutes(parsed.durationMinutes());
		event.setPlace(data.place(), data.country());
		event.setInitiator((data.initiator() != null) ? data.initiator() : Initiator.NOT_REPORTED,
				refs.actors().get(data.initiatorActor()), data.initiatorNote(),
				refs.sources().get(data.initiatorSource()));
		event.setSummary(data.summary());
		Map<Actor, ParticipantRole> participants = new LinkedHashMap<>();
		data.participants()
			.forEach((participant) -> participants.put(refs.actors().get(participant.actor()), participant.role()));
		event.replaceParticipants(participants);
		event.clearStatements();
		data.readouts()
			.forEach((readout) -> event.addReadout(readout.side(), refs.actors().get(readout.issuer()),
					readout.summary(), readout.keyQuotes(), refs.sources().get(readout.source())));
		data.quotes()
			.forEach((quote) -> event.addQuote(refs.actors().get(quote.speaker()), quote.text(), quote.context(),
					refs.sources().get(quote.source())));
		data.claims()
			.forEach((claim) -> event.addClaim(claim.text(), claim.status(), refs.actors().get(claim.disputedBy()),
					refs.sources().get(claim.source())));
		event.replaceProposals(data.proposals().stream().map(refs.proposals()::get).toList());
		Collection<Source> cited = citedSources(data).stream().map(refs.sources()::get).toList();
		event.replaceSources(cited);
	}

	/**
	 * The values that rules parse out of the submitted text.
	 */
	record Parsed(PartialDate date, LocalDate endDate, Integer durationMinutes) {
	}

	/**
	 * The actors, sources and proposals an event names, loaded in one query each.
	 */
	record References(Map<String, Actor> actors, Map<Long, Source> sources, Map<String, Proposal> proposals) {

		void actor(InputCheck check, String field, String slug) {
			if (slug != null && !this.actors.containsKey(slug)) {
				check.reject(field, "names no known actor ('" + slug + "').");
			}
		}

		void source(InputCheck check, String field, Long id) {
			if (id != null && !this.sources.containsKey(id)) {
				check.reject(field, "names no known source (#" + id + ").");
			}
		}

	}

}
