package org.backchannel.watch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventData;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventWriteService;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.InputRules;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.Side;

import org.springframework.stereotype.Component;

/**
 * What an attachment does to the event: adds the item's source to it, as a source or as
 * one side's readout, and takes it off again on undo. Every change is an ordinary edit
 * through {@link EventWriteService} (a revision in the event's history, an editor's
 * change of a published event awaiting an admin's review); one the event already holds is
 * made nowhere, so attaching twice never duplicates.
 */
@Component
class EventAttachments {

	private static final java.util.regex.Pattern READOUT_FIELD = java.util.regex.Pattern
		.compile("readouts\\[\\d+\\]\\.(\\w+)(.*)");

	private final EventWriteService events;

	private final EventReadService reads;

	EventAttachments(EventWriteService events, EventReadService reads) {
		this.events = events;
		this.reads = reads;
	}

	/** Adds the source to the event's own sources; answers whether the event changed. */
	boolean addSource(EditableEvent event, long source, ChangeAuthor author) {
		if (event.data().sources().contains(source)) {
			return false;
		}
		this.events.update(event.slug(), event.data().withSource(source), event.version(), author);
		return true;
	}

	/**
	 * Adds the readout, citing the source, unless the event has that side's readout from
	 * that source already; answers whether the event changed. The event's rules (a known
	 * issuer, say) are reported on the attachment's own fields.
	 */
	boolean addReadout(EditableEvent event, ReadoutAttachment readout, long source, @Nullable String language,
			ChangeAuthor author) {
		boolean held = event.data()
			.readouts()
			.stream()
			.anyMatch((r) -> r.side() == readout.side() && Long.valueOf(source).equals(r.source()));
		if (held) {
			return false;
		}
		EventData withRow = event.data().withRowAdded("readouts");
		int index = withRow.readouts().size() - 1;
		List<EventData.ReadoutData> readouts = new java.util.ArrayList<>(withRow.readouts());
		readouts.set(index,
				new EventData.ReadoutData(readout.side(), readout.issuer(), readout.summary(), readout.keyQuotes(),
						source, (language != null && language.matches(InputRules.LANGUAGE)) ? language : null));
		EventData data = withReadouts(withRow, readouts);
		try {
			this.events.update(event.slug(), data, event.version(), author);
		}
		catch (InvalidInputException ex) {
			throw onAttachment(ex);
		}
		return true;
	}

	/**
	 * Takes off what an attachment added: the source, or that side's readout citing it.
	 */
	void remove(String slug, @Nullable Side side, long source, ChangeAuthor author) {
		this.reads.findEditable(slug).ifPresent((event) -> {
			EventData data = event.data();
			if (side == null) {
				int index = data.sources().indexOf(source);
				if (index >= 0) {
					this.events.update(slug, data.withRowRemoved("sources", index), event.version(), author);
				}
				return;
			}
			for (int i = 0; i < data.readouts().size(); i++) {
				EventData.ReadoutData r = data.readouts().get(i);
				if (r.side() == side && Long.valueOf(source).equals(r.source())) {
					this.events.update(slug, data.withRowRemoved("readouts", i), event.version(), author);
					return;
				}
			}
		});
	}

	private static EventData withReadouts(EventData data, List<EventData.ReadoutData> readouts) {
		return new EventData(data.slug(), data.title(), data.type(), data.when(), data.where(), data.initiated(),
				data.summary(), data.channel(), data.contactStatus(), data.participants(), readouts, data.quotes(),
				data.claims(), data.proposals(), data.sources(), data.confirmDuplicate());
	}

	/**
	 * The event's messages on the new readout's row, on the attachment's fields (issuer,
	 * not readouts[3].issuer); any other on the event.
	 */
	static InvalidInputException onAttachment(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getErrors().forEach((field, message) -> {
			Matcher readout = READOUT_FIELD.matcher(field);
			errors.putIfAbsent(readout.matches() ? readout.group(1) + readout.group(2) : "slug",
					readout.matches() ? message : "the event cannot take it: " + field + " " + message);
		});
		return new InvalidInputException(errors, ReadoutAttachment.class);
	}

}
