package org.backchannel.watch;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.backchannel.draft.DraftProposal;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventWriteService;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.InUseException;
import org.backchannel.model.InputRules;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.source.SourceData;
import org.backchannel.source.SourceReadService;
import org.backchannel.source.SourceWriteService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: every item newest first, and what an editor does with one — open a
 * draft event from it, attach it to the recorded event as a source, dismiss it with a
 * reason — and undo. Each decision is taken once: a second one (from another tab, another
 * editor) is refused until the first is undone.
 */
@Service
@Transactional
public class QueueService {

	public static final int MAX_PAGE = 100;

	private final JdbcClient jdbc;

	private final ItemClassifier classifier;

	private final SourceWriteService sources;

	private final SourceReadService storedSources;

	private final EventWriteService events;

	QueueService(JdbcClient jdbc, ItemClassifier classifier, SourceWriteService sources,
			SourceReadService storedSources, EventWriteService events) {
		this.jdbc = jdbc;
		this.classifier = classifier;
		this.sources = sources;
		this.storedSources = storedSources;
		this.events = events;
	}

	/** The watched source's voice, as the record's sources name it (the same names). */
	private static org.backchannel.source.Voice sourceVoice(Voice voice) {
		return org.backchannel.source.Voice.valueOf(voice.name());
	}

	/** Another government or a state's media: which one, by the watched source's name. */
	private static String voiceOf(QueueItem item) {
		return (item.voice() == Voice.OTHER_GOVERNMENT || item.voice() == Voice.STATE_MEDIA) ? item.sourceName() : null;
	}

	/** A page of the queue, newest first, before the item {@code before} (keyset). */
	@Transactional(readOnly = true)
	public List<QueueItem> page(@Nullable Long before, int limit, boolean waitingOnly) {
		return this.jdbc
			.sql(QueueItem.SELECT + " where (cast(:before as bigint) is null or i.id < :before)"
					+ (waitingOnly ? " and i.decision is null" : "") + " order by i.id desc limit :limit")
			.param("before", before)
			.param("limit", Math.max(1, Math.min(limit, MAX_PAGE)))
			.query(QueueItem::row)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<QueueItem> find(long id) {
		return this.jdbc.sql(QueueItem.SELECT + " where i.id = :id").param("id", id).query(QueueItem::row).optional();
	}

	/** How many items wait for an editor. */
	@Transactional(readOnly = true)
	public long waiting() {
		return this.jdbc.sql("select count(*) from feed_item where decision is null").query(Long.class).single();
	}

	/** The assistant's proposal for an item, read again from its text. */
	private DraftProposal proposal(QueueItem item) {
		return this.classifier.propose(ItemClassifier.request(item.text() != null ? item.text() : item.title(),
				((item.published() != null) ? item.published() : item.fetched()).atZone(ZoneOffset.UTC).toLocalDate(),
				item.url(), item.sourceName(), item.language()));
	}

	/** What "create the draft" needs: the proposal and the source the item became. */
	public record Drafting(QueueItem item, DraftProposal proposal, long source) {

	}

	/** Marks the item drafted and stores it as a source (once) for the event form. */
	public Drafting draft(long id, ChangeAuthor author) {
		QueueItem item = get(id);
		decide(item, Decision.DRAFTED, null, null, author);
		long source = source(item, author);
		return new Drafting(get(id), proposal(item), source);
	}

	/**
	 * Adds the item to an event (the matched one unless another is named) as a source.
	 */
	public QueueItem attach(long id, @Nullable String slug, ChangeAuthor author) {
		QueueItem item = get(id);
		String target = (slug != null && !slug.isBlank()) ? slug.strip() : item.matchedEvent();
		if (target == null) {
			throw InvalidInputException.of("slug",
					"This item matches no recorded event: name the event to attach it to.");
		}
		EditableEvent event = this.events.findEditable(target)
			.orElseThrow(() -> new NotFoundException("event", target));
		decide(item, Decision.ATTACHED, null, target, author);
		long source = source(item, author);
		if (!event.data().sources().contains(source)) {
			this.events.update(target, event.data().withSource(source), event.version(), author);
		}
		return get(id);
	}

	public QueueItem dismiss(long id, @Nullable String reason, ChangeAuthor author) {
		String why = InputRules.clean(reason);
		if (why == null) {
			throw InvalidInputException.of("reason", "Say why the item is dismissed.");
		}
		if (why.length() > 500 || why.contains("\n")) {
			throw InvalidInputException.of("reason", "One line of at most 500 characters.");
		}
		decide(get(id), Decision.DISMISSED, why, null, author);
		return get(id);
	}

	/**
	 * Takes the decision back: the item waits again. An attachment is undone on the event
	 * too (the source stays in the record, readable at /sources/{id}).
	 */
	public QueueItem undo(long id, ChangeAuthor author) {
		QueueItem item = get(id);
		if (item.decision() == null) {
			throw new InUseException("The item #" + id + " waits already: there is nothing to undo.");
		}
		if (item.decision() == Decision.ATTACHED && item.attachedEvent() != null && item.recordSource() != null) {
			this.events.findEditable(item.attachedEvent()).ifPresent((event) -> {
				int index = event.data().sources().indexOf(item.recordSource());
				if (index >= 0) {
					this.events.update(event.slug(), event.data().withRowRemoved("sources", index), event.version(),
							author);
				}
			});
		}
		int changed = this.jdbc.sql("""
				update feed_item set decision = null, decision_reason = null, decided_by = null, decided_at = null,
				    attached_event = null
				where id = :id and decision = :decision""")
			.param("id", id)
			.param("decision", item.decision().name())
			.update();
		if (changed == 0) {
			throw new InUseException("The item #" + id + " was changed meanwhile: reload the queue.");
		}
		return get(id);
	}

	private QueueItem get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("queue item", id));
	}

	/** Claims the decision: only an item that waits can be decided. */
	private void decide(QueueItem item, Decision decision, @Nullable String reason, @Nullable String attached,
			ChangeAuthor author) {
		int changed = this.jdbc.sql("""
				update feed_item set decision = :decision, decision_reason = :reason, decided_by = :user,
				    decided_at = now(), attached_event = :attached
				where id = :id and decision is null""")
			.param("decision", decision.name())
			.param("reason", reason)
			.param("user", author.username())
			.param("attached", attached)
			.param("id", item.id())
			.update();
		if (changed == 0) {
			throw new InUseException("The item #" + item.id() + " was already decided (" + get(item.id()).decision()
					+ "): undo that first.");
		}
	}

	/**
	 * The source the item becomes: stored once, with its full text; an address already
	 * recorded is reused.
	 */
	private long source(QueueItem item, ChangeAuthor author) {
		if (item.recordSource() != null && this.sources.findEditable(item.recordSource()).isPresent()) {
			return item.recordSource();
		}
		Long source = (item.url() != null) ? this.storedSources.findIdByUrl(item.url()).orElse(null) : null;
		if (source == null) {
			String title = InputRules.clean(item.title().replaceAll("\\s+", " "));
			String text = item.text();
			if (text != null && text.length() > InputRules.ARCHIVED_TEXT) {
				text = text.substring(0, InputRules.ARCHIVED_TEXT);
			}
			SourceData data = new SourceData(item.sourceName(),
					(title.length() > 500) ? title.substring(0, 500) : title, item.url(), item.language(),
					(item.published() != null) ? item.published().atZone(ZoneOffset.UTC).toLocalDate().toString()
							: null,
					(item.published() != null) ? DatePrecision.DAY : DatePrecision.UNKNOWN, null, text,
					sourceVoice(item.voice()), voiceOf(item), null);
			source = this.sources.create(data, author).id();
		}
		this.jdbc.sql("update feed_item set source_id = :source where id = :id")
			.param("source", source)
			.param("id", item.id())
			.update();
		return source;
	}

}
