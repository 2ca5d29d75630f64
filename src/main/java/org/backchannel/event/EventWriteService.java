package org.backchannel.event;

import org.backchannel.event.internal.EventRepository;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.backchannel.history.ChangeAction;
import org.backchannel.history.EntityType;
import org.backchannel.history.RecordWriter;
import org.backchannel.history.Revision;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.InputRules;
import org.backchannel.model.PartialDate;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.SlugAllocator;
import org.backchannel.model.RecordValidator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * The one way events are written, by the admin forms and the API alike: the same rules,
 * optimistic locking against lost updates, the draft → published review, and a revision
 * in the history for every change.
 */
@Service
@Transactional
public class EventWriteService {

	static final int SLUG_MAX_LENGTH = 160;

	private final EventRepository events;

	private final RevisionLog revisions;

	private final SlugAllocator slugs;

	private final RecordValidator validation;

	private final EventValidator validator;

	private final Confirmations confirmations;

	/**
	 * The version check and the write every record shares; events record their own
	 * revisions.
	 */
	private final RecordWriter<Event> writer;

	private final PendingChanges pending;

	private final EntityManager entityManager;

	EventWriteService(EventRepository events, RevisionLog revisions, SlugAllocator slugs, RecordValidator validation,
			EventValidator validator, Confirmations confirmations, PendingChanges pending,
			EntityManager entityManager) {
		this.pending = pending;
		this.entityManager = entityManager;
		this.slugs = slugs;
		this.confirmations = confirmations;
		this.events = events;
		this.revisions = revisions;
		this.writer = new RecordWriter<>(EntityType.EVENT, events, Event::getSlug,
				(event) -> new EventSnapshot(event.getStatus(), event.toData()), revisions);
		this.validation = validation;
		this.validator = validator;
	}

	/**
	 * A new event, always a draft until an admin publishes it.
	 */
	public SavedEvent create(EventData data, ChangeAuthor author) {
		BindingResult errors = this.validation.constraints(data);
		EventValidator.References refs = this.validator.resolve(data);
		this.validator.validate(data, refs, errors);
		this.validation.throwIfInvalid(errors);
		this.validator.checkDuplicate(data, null, errors);
		this.validation.throwIfInvalid(errors);
		String slug = this.slugs.claim(SlugAllocator.Table.EVENT, data.slug(),
				generateSlug(data.title(), PartialDate.parse(data.when().date(), data.when().datePrecision())));
		Event event = new Event(slug);
		event.setStatus(EventStatus.DRAFT);
		event.apply(data, refs);
		try {
			this.events.saveAndFlush(event);
		}
		catch (DataIntegrityViolationException ex) {
			// The advisory lock serialises creators of one slug; this is the last line.
			throw InvalidInputException.of("slug", "is already used by another event; choose another.");
		}
		this.confirmations.refresh(List.of(event.getId()));
		EventData saved = event.toData();
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.CREATE, EventStatus.DRAFT.name(),
				author, new EventSnapshot(EventStatus.DRAFT, saved), null, null);
		return saved(event);
	}

	/**
	 * Changes an event, provided nobody changed it since {@code expectedVersion}. An
	 * editor's change of a published event awaits an admin's review while the event stays
	 * published as it was ({@link PendingChanges}); a change that changes nothing is no
	 * change.
	 */
	public SavedEvent update(String slug, EventData data, long expectedVersion, ChangeAuthor author) {
		Event event = findLive(slug);
		this.writer.checkVersion(event, expectedVersion);
		EventData before = event.toData();
		EventStatus statusBefore = event.getStatus();
		BindingResult errors = this.validation.constraints(data);
		EventValidator.References refs = this.validator.resolve(data);
		this.validator.validate(data, refs, errors);
		if (data.slug() != null && !data.slug().equals(slug)) {
			errors.rejectValue("slug", "validation.slugFixed", new Object[] { "event" },
					"cannot be changed once the event exists (links to it would break).");
		}
		this.validation.throwIfInvalid(errors);
		if (!Objects.equals(before.when().date(), data.when().date())
				|| before.when().datePrecision() != data.when().datePrecision()
				|| !EventValidator.principals(before).equals(EventValidator.principals(data))) {
			this.validator.checkDuplicate(data, event.getId(), errors);
			this.validation.throwIfInvalid(errors);
		}
		if (!author.admin() && statusBefore == EventStatus.PUBLISHED) {
			return proposeChange(event, before, data, refs, author);
		}
		event.apply(data, refs);
		EventStatus status = statusBefore;
		EventData after = event.toData();
		if (after.equals(before)) {
			return saved(event);
		}
		this.writer.write(event, expectedVersion);
		this.confirmations.refresh(List.of(event.getId()));
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.UPDATE, status.name(), author,
				new EventSnapshot(status, after), null,
				new RevisionLog.Baseline(statusBefore.name(), new EventSnapshot(statusBefore, before)));
		return saved(event);
	}

	/**
	 * Keeps an editor's change of a published event for review, leaving the event as it
	 * is: the change is worked out on a detached copy, so nothing of it is written.
	 */
	private SavedEvent proposeChange(Event event, EventData before, EventData data, EventValidator.References refs,
			ChangeAuthor author) {
		Optional<PendingChanges.Pending> waiting = this.pending.find(event.getId());
		this.entityManager.detach(event);
		event.apply(data, refs);
		EventData after = event.toData();
		EventData current = waiting.map(PendingChanges.Pending::data).orElse(before);
		if (after.equals(current)) {
			return new SavedEvent(event.getId(), event.getSlug(), before.title(), EventStatus.PUBLISHED,
					event.getVersion(), waiting.isPresent());
		}
		this.pending.record(event, before, after, author);
		return new SavedEvent(event.getId(), event.getSlug(), before.title(), EventStatus.PUBLISHED, event.getVersion(),
				true);
	}

	/**
	 * Publishes a draft, or the change of a published event that awaits review.
	 */
	public SavedEvent publish(String slug, Long expectedVersion, ChangeAuthor author) {
		requireAdmin(author, "publish");
		Event event = findLive(slug);
		checkVersionIfGiven(event, expectedVersion);
		if (event.getStatus() == EventStatus.PUBLISHED) {
			Optional<PendingChanges.Pending> waiting = this.pending.find(event.getId());
			return waiting.isPresent() ? publishChange(event, waiting.get().data(), author) : saved(event);
		}
		EventStatus statusBefore = event.getStatus();
		event.setStatus(EventStatus.PUBLISHED);
		this.writer.write(event, event.getVersion());
		EventData data = event.toData();
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.PUBLISH, EventStatus.PUBLISHED.name(),
				author, new EventSnapshot(EventStatus.PUBLISHED, data), null,
				new RevisionLog.Baseline(statusBefore.name(), new EventSnapshot(statusBefore, data)));
		return saved(event);
	}

	private SavedEvent publishChange(Event event, EventData change, ChangeAuthor author) {
		EventData data = change.withSlug(event.getSlug());
		EventValidator.References refs = this.validator.resolve(data);
		BindingResult errors = this.validation.constraints(data);
		this.validator.validate(data, refs, errors);
		this.validation.throwIfInvalid(errors);
		EventData before = event.toData();
		event.apply(data, refs);
		this.writer.write(event, event.getVersion());
		this.confirmations.refresh(List.of(event.getId()));
		this.revisions.record(EntityType.EVENT, event.getId(), event.getSlug(), ChangeAction.PUBLISH,
				EventStatus.PUBLISHED.name(), author, new EventSnapshot(EventStatus.PUBLISHED, event.toData()), null,
				new RevisionLog.Baseline(EventStatus.PUBLISHED.name(),
						new EventSnapshot(EventStatus.PUBLISHED, before)));
		return saved(event);
	}

	/**
	 * Deletes an event softly: it disappears from every public view, keeps its id and
	 * slug, and its last state stays in the history to be restored.
	 */
	public SavedEvent delete(String slug, Long expectedVersion, ChangeAuthor author) {
		requireAdmin(author, "delete");
		Event event = findLive(slug);
		checkVersionIfGiven(event, expectedVersion);
		EventStatus statusBefore = event.getStatus();
		EventSnapshot before = new EventSnapshot(statusBefore, event.toData());
		event.setStatus(EventStatus.DELETED);
		this.writer.write(event, event.getVersion());
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
		BindingResult errors = this.validation.constraints(data);
		EventValidator.References refs = this.validator.resolve(data);
		this.validator.validate(data, refs, errors);
		this.validation.throwIfInvalid(errors);
		EventStatus statusBefore = event.getStatus();
		EventSnapshot before = new EventSnapshot(statusBefore, event.toData());
		event.apply(data, refs);
		// Restoring brings back content; only a deleted event also gets its old status
		// back.
		EventStatus status = (statusBefore == EventStatus.DELETED) ? snapshot.status() : statusBefore;
		event.setStatus(status);
		this.writer.write(event, event.getVersion());
		this.confirmations.refresh(List.of(event.getId()));
		this.revisions.record(EntityType.EVENT, event.getId(), slug, ChangeAction.RESTORE, status.name(), author,
				new EventSnapshot(status, event.toData()), number,
				new RevisionLog.Baseline(statusBefore.name(), before));
		return saved(event);
	}

	/**
	 * An admin form may publish or delete without the version it was read at: nothing to
	 * check then.
	 */
	private void checkVersionIfGiven(Event event, Long expectedVersion) {
		if (expectedVersion != null) {
			this.writer.checkVersion(event, expectedVersion);
		}
	}

	private Event findLive(String slug) {
		return this.events.findBySlug(slug)
			.filter((event) -> event.getStatus() != EventStatus.DELETED)
			.orElseThrow(() -> new NotFoundException("event", slug));
	}

	private static void requireAdmin(ChangeAuthor author, String what) {
		if (!author.admin()) {
			throw new AccessDeniedException("Only an admin may " + what + " events.");
		}
	}

	private static SavedEvent saved(Event event) {
		return new SavedEvent(event.getId(), event.getSlug(), event.getTitle(), event.getStatus(), event.getVersion(),
				false);
	}

	static String generateSlug(String title, PartialDate date) {
		String prefix = (date.value() != null) ? date.iso() + "-" : "";
		String words = InputRules.slugify(title, SLUG_MAX_LENGTH - prefix.length() - 6);
		return prefix + (words.isEmpty() ? "event" : words);
	}

}
