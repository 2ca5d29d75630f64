package org.backchannel.watch;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.backchannel.draft.DraftProposal;
import org.backchannel.draft.Proposed;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventReadService;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.InUseException;
import org.backchannel.model.InputRules;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.RecordValidator;
import org.backchannel.model.Side;
import org.backchannel.source.SourceData;
import org.backchannel.source.SourceReadService;
import org.backchannel.source.SourceWriteService;
import org.backchannel.source.Voice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

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

	private final EventReadService events;

	private final EventAttachments attachments;

	private final RecordValidator validation;

	QueueService(JdbcClient jdbc, ItemClassifier classifier, SourceWriteService sources,
			SourceReadService storedSources, EventReadService events, EventAttachments attachments,
			RecordValidator validation) {
		this.jdbc = jdbc;
		this.classifier = classifier;
		this.sources = sources;
		this.storedSources = storedSources;
		this.events = events;
		this.attachments = attachments;
		this.validation = validation;
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

	/** A readout attached from the queue is the US or the Russian side's. */
	private static final Validator SIDES = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return ReadoutAttachment.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			Side side = ((ReadoutAttachment) target).side();
			if (side != null && !ReadoutAttachment.SIDES.contains(side)) {
				errors.rejectValue("side", "watch.validation.side",
						"must be US or RUSSIA: the US or the Russian side's readout.");
			}
		}

	};

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
		decide(item, Decision.DRAFTED, null, null, null, author);
		long source = source(item, author);
		return new Drafting(get(id), proposal(item), source);
	}

	/**
	 * Adds the item to an event (the matched one unless another is named) as a source.
	 * Attaching it again to the same event changes nothing.
	 */
	public QueueItem attach(long id, @Nullable String slug, ChangeAuthor author) {
		QueueItem item = get(id);
		String target = target(item, slug);
		if (item.decision() == Decision.ATTACHED && target.equals(item.attachedEvent())
				&& item.attachedSide() == null) {
			return item;
		}
		EditableEvent event = this.events.findEditable(target)
			.orElseThrow(() -> new NotFoundException("event", target));
		decide(item, Decision.ATTACHED, null, target, null, author);
		changed(id, this.attachments.addSource(event, source(item, author), author));
		return get(id);
	}

	/**
	 * Adds the item to an event (the matched one unless another is named) as the US or
	 * the Russian side's readout, the item its source (with its outlet and voice).
	 * Attaching it again as the same side's readout of the same event changes nothing,
	 * and an event that has that side's readout from this source already is left as it
	 * is.
	 */
	public QueueItem attachReadout(long id, ReadoutAttachment readout, ChangeAuthor author) {
		this.validation.check(readout, SIDES);
		QueueItem item = get(id);
		String target = target(item, readout.slug());
		if (item.decision() == Decision.ATTACHED && target.equals(item.attachedEvent())
				&& item.attachedSide() == readout.side()) {
			return item;
		}
		EditableEvent event = this.events.findEditable(target)
			.orElseThrow(() -> InvalidInputException.of("slug", "names no recorded event ('" + target + "')."));
		decide(item, Decision.ATTACHED, null, target, readout.side(), author);
		long source = source(item, author);
		changed(id, this.attachments.addReadout(event, readout, source, item.language(), author));
		return get(id);
	}

	/**
	 * What the readout form starts from: the side whose government the source speaks for
	 * (else the one asked for, else the first the assistant attributes an account to),
	 * that side's account as the assistant read it, and the matched event.
	 */
	@Transactional(readOnly = true)
	public ReadoutAttachment proposeReadout(long id, @Nullable Side asked) {
		QueueItem item = get(id);
		DraftProposal proposal = proposal(item);
		List<DraftProposal.AccountGuess> accounts = proposal.accounts().stream().map(Proposed::value).toList();
		Side side = (asked != null && ReadoutAttachment.SIDES.contains(asked)) ? asked
				: (item.voice() == Voice.US_GOVERNMENT) ? Side.US
						: (item.voice() == Voice.RUSSIAN_GOVERNMENT) ? Side.RUSSIA
								: accounts.stream().map((a) -> Side.valueOf(a.side())).findFirst().orElse(Side.US);
		List<DraftProposal.AccountGuess> ours = accounts.stream().filter((a) -> a.side().equals(side.name())).toList();
		String summary = ours.stream()
			.map(DraftProposal.AccountGuess::summary)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.collect(java.util.stream.Collectors.joining(" "));
		return new ReadoutAttachment(item.matchedEvent(), side, ours.isEmpty() ? null : ours.get(0).issuer(),
				!summary.isEmpty() ? summary : (proposal.summary() != null) ? proposal.summary() : item.title(),
				List.of());
	}

	/** The event named, else the one the item matched. */
	private static String target(QueueItem item, @Nullable String slug) {
		String target = (slug != null && !slug.isBlank()) ? slug.strip() : item.matchedEvent();
		if (target == null) {
			throw InvalidInputException.of("slug",
					"This item matches no recorded event: name the event to attach it to.");
		}
		return target;
	}

	private void changed(long id, boolean changed) {
		this.jdbc.sql("update feed_item set attach_changed = :changed where id = :id")
			.param("changed", changed)
			.param("id", id)
			.update();
	}

	public QueueItem dismiss(long id, @Nullable String reason, ChangeAuthor author) {
		String why = InputRules.clean(reason);
		if (why == null) {
			throw InvalidInputException.of("reason", "Say why the item is dismissed.");
		}
		if (why.length() > 500 || why.contains("\n")) {
			throw InvalidInputException.of("reason", "One line of at most 500 characters.");
		}
		decide(get(id), Decision.DISMISSED, why, null, null, author);
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
		if (item.decision() == Decision.ATTACHED && item.attachChanged() && item.attachedEvent() != null
				&& item.recordSource() != null) {
			this.attachments.remove(item.attachedEvent(), item.attachedSide(), item.recordSource(), author);
		}
		int changed = this.jdbc.sql("""
				update feed_item set decision = null, decision_reason = null, decided_by = null, decided_at = null,
				    attached_event = null, attached_side = null, attach_changed = false
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
			@Nullable Side side, ChangeAuthor author) {
		int changed = this.jdbc.sql("""
				update feed_item set decision = :decision, decision_reason = :reason, decided_by = :user,
				    decided_at = now(), attached_event = :attached, attached_side = :side
				where id = :id and decision is null""")
			.param("decision", decision.name())
			.param("reason", reason)
			.param("user", author.username())
			.param("attached", attached)
			.param("side", (side != null) ? side.name() : null)
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
					(item.published() != null) ? DatePrecision.DAY : DatePrecision.UNKNOWN, null, text, item.voice(),
					voiceOf(item), null);
			source = this.sources.create(data, author).id();
		}
		this.jdbc.sql("update feed_item set source_id = :source where id = :id")
			.param("source", source)
			.param("id", item.id())
			.update();
		return source;
	}

}
