package org.backchannel.web.draft;

import java.util.ArrayList;
import java.util.List;

import org.backchannel.draft.DraftProposal;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Side;

/**
 * The event form's fields for a proposal, exactly as "New from a report" fills them, for
 * other ways into the form (the review queue's "create the draft").
 */
public final class DraftPrefill {

	private DraftPrefill() {
	}

	/** One form field and its value. */
	public record Field(String name, String value) {

	}

	public static List<Field> of(DraftProposal proposal) {
		return prefill(proposal).stream()
			.filter((hidden) -> hidden.value() != null)
			.map((hidden) -> new Field(hidden.name(), hidden.value()))
			.toList();
	}

	/** A hidden form field that carries the proposal into the event form. */
	record Hidden(String name, String value) {

	}

	/** The proposal as the event form's fields. */
	static List<Hidden> prefill(DraftProposal p) {
		List<Hidden> h = new ArrayList<>();
		h.add(new Hidden("event.title", p.title()));
		h.add(new Hidden("event.type", p.type().isPresent() ? p.type().value().name() : "OTHER"));
		if (p.date().isPresent()) {
			h.add(new Hidden("event.when.date", p.date().value().formValue()));
			h.add(new Hidden("event.when.datePrecision", p.date().value().precision().name()));
		}
		else {
			h.add(new Hidden("event.when.datePrecision", DatePrecision.UNKNOWN.name()));
		}
		if (p.durationMinutes().isPresent()) {
			h.add(new Hidden("event.when.durationMinutes", p.durationMinutes().value().toString()));
		}
		if (p.place().isPresent()) {
			h.add(new Hidden("event.where.place", p.place().value().name()));
			h.add(new Hidden("event.where.country", p.place().value().country()));
		}
		h.add(new Hidden("event.initiated.initiator",
				p.initiator().isPresent() ? p.initiator().value().side().name() : "NOT_REPORTED"));
		if (p.initiator().isPresent() && p.initiator().value().actor() != null) {
			h.add(new Hidden("event.initiated.initiatorActor", p.initiator().value().actor()));
		}
		h.add(new Hidden("event.summary", p.summary()));
		if (p.status().isPresent()) {
			h.add(new Hidden("event.contactStatus", p.status().value().name()));
		}
		if (p.channel().isPresent()) {
			h.add(new Hidden("event.channel", p.channel().value().name()));
		}
		for (int i = 0; i < p.participants().size(); i++) {
			h.add(new Hidden("event.participants[" + i + "].actor", p.participants().get(i).value().actor()));
			h.add(new Hidden("event.participants[" + i + "].role", p.participants().get(i).value().role().name()));
		}
		int r = 0;
		for (var account : p.accounts()) {
			String side = Side.valueOf(account.value().side()).name();
			h.add(new Hidden("event.readouts[" + r + "].side", side));
			h.add(new Hidden("event.readouts[" + r + "].issuer", account.value().issuer()));
			h.add(new Hidden("event.readouts[" + r + "].summary", account.value().summary()));
			r++;
		}
		int q = 0;
		for (var quote : p.quotes()) {
			if (quote.value().speaker() == null) {
				continue;
			}
			h.add(new Hidden("event.quotes[" + q + "].speaker", quote.value().speaker()));
			h.add(new Hidden("event.quotes[" + q + "].text", quote.value().text()));
			q++;
		}
		return h;
	}

}
