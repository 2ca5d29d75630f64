package org.backchannel.source;

import org.backchannel.source.internal.SourceRepository;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.backchannel.history.RecordWriter;
import org.backchannel.history.EntityType;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.PartialDate;
import org.backchannel.model.InUseException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.RecordValidator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Creates, changes and deletes sources (with their archived text) for the admin forms,
 * the event form's inline "new source" and the API alike.
 */
@Service
@Transactional
public class SourceWriteService {

	private final SourceRepository sources;

	private final JdbcClient jdbc;

	private final RecordWriter<Source> writer;

	private final RecordValidator validation;

	private final SourceValidator validator;

	private final ApplicationEventPublisher events;

	SourceWriteService(SourceRepository sources, JdbcClient jdbc, RevisionLog revisions, RecordValidator validation,
			SourceValidator validator, ApplicationEventPublisher events) {
		this.sources = sources;
		this.events = events;
		this.validation = validation;
		this.validator = validator;
		this.jdbc = jdbc;
		this.writer = new RecordWriter<>(EntityType.SOURCE, sources, (source) -> String.valueOf(source.getId()),
				Source::toData, revisions);
	}

	/** Every source, newest first, for the forms' pickers. */
	@Transactional(readOnly = true)
	public List<SourceRef> findAllRefs() {
		return this.sources.findAll()
			.stream()
			.map(Source::toRef)
			.sorted(java.util.Comparator
				.comparing((SourceRef ref) -> ref.published().value(),
						java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
				.thenComparing(SourceRef::id))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Editable> findEditable(long id) {
		return this.sources.findById(id).map((source) -> new Editable(id, source.getVersion(), source.toData()));
	}

	public Saved create(SourceData data, ChangeAuthor author) {
		PartialDate published = validate(data, null);
		Source source = new Source(data.outlet(), data.title(), data.language());
		apply(source, data, published);
		this.writer.create(source, author);
		return new Saved(source.getId(), source.getVersion());
	}

	public Saved update(long id, SourceData data, long expectedVersion, ChangeAuthor author) {
		Source source = this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", id));
		this.writer.checkVersion(source, expectedVersion);
		PartialDate published = validate(data, id);
		this.writer.update(source, expectedVersion, (edited) -> apply(edited, data, published), author);
		this.events.publishEvent(new SourceChanged(id));
		return new Saved(id, source.getVersion());
	}

	/**
	 * Deletes a source that no fact cites; a deleted event does not count (its revisions
	 * keep the citation, and restoring it says the source is missing).
	 */
	public void delete(long id, ChangeAuthor author) {
		if (!author.admin()) {
			throw new AccessDeniedException("Only an admin may delete sources.");
		}
		Source source = this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", id));
		long uses = this.jdbc.sql("""
				select (select count(*) from event_source x join event e on e.id = x.event_id
				        where x.source_id = :id and e.status <> 'DELETED')
				     + (select count(*) from event where initiator_source_id = :id and status <> 'DELETED')
				     + (select count(*) from readout x join event e on e.id = x.event_id
				        where x.source_id = :id and e.status <> 'DELETED')
				     + (select count(*) from quote x join event e on e.id = x.event_id
				        where x.source_id = :id and e.status <> 'DELETED')
				     + (select count(*) from claim x join event e on e.id = x.event_id
				        where x.source_id = :id and e.status <> 'DELETED')
				     + (select count(*) from actor_role where source_id = :id)
				     + (select count(*) from proposal_position where source_id = :id)
				""").param("id", id).query(Long.class).single();
		if (uses > 0) {
			throw new InUseException("The source #" + id + " is cited " + uses + " times; it cannot be deleted.");
		}
		for (String release : List.of(
				"delete from event_source x using event e where e.id = x.event_id and x.source_id = :id",
				"update event e set initiator_source_id = null where initiator_source_id = :id",
				"delete from readout x using event e where e.id = x.event_id and x.source_id = :id",
				"delete from quote x using event e where e.id = x.event_id and x.source_id = :id",
				"delete from claim x using event e where e.id = x.event_id and x.source_id = :id")) {
			// Only deleted events are left to let go of it.
			this.jdbc.sql(release + " and e.status = 'DELETED'").param("id", id).update();
		}
		this.writer.delete(source, author);
	}

	private PartialDate validate(SourceData data, Long self) {
		BindingResult errors = this.validation.constraints(data);
		this.validator.validate(data, self, errors);
		this.validation.throwIfInvalid(errors);
		return PartialDate.parse(data.published(), data.publishedPrecision());
	}

	private static void apply(Source source, SourceData data, PartialDate published) {
		source.setOutlet(data.outlet());
		source.setTitle(data.title());
		source.setUrl(data.url());
		source.setLanguage(data.language());
		source.setPublished(published);
		source.setAgencies(data.agencies());
		source.setArchivedText(data.archivedText());
		source.setVoice(data.voice(), data.voiceOf(), data.reprintOf());
	}

	public record Editable(long id, long version, SourceData data) {
	}

	/**
	 * The outcome of a write: where the source now lives and its new version (the API's
	 * ETag).
	 */
	@Schema(name = "SavedSource", description = "Where the source now lives and its new version")
	public record Saved(long id, long version) {
	}

}
