package org.backchannel.web.draft;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backchannel.draft.DraftProposal;
import org.backchannel.draft.Evidence;
import org.backchannel.draft.Proposed;

/**
 * What "New from a report" shows of a proposal: one row per field (value, confidence,
 * reason, sentence) and the report cut into plain stretches and the sentences the fields
 * come from, to highlight them.
 */
final class ProposalRows {

	private ProposalRows() {
	}

	/** One row of the table: what, the value, how sure, why, and its sentence. */
	record FieldRow(String key, String label, String value, double confidence, String reason, Evidence evidence) {

	}

	/** A stretch of the report: plain, or a sentence some field comes from. */
	record Segment(String text, boolean marked, int start) {

	}

	/** The proposal's fields as rows of the table. */
	static List<FieldRow> of(DraftProposal p) {
		List<FieldRow> rows = new ArrayList<>();
		row(rows, "date", "draft.field.date", p.date(),
				p.date().isPresent() ? p.date().value().formValue() + " (" + p.date().value().precision() + ")" : null);
		row(rows, "type", "draft.field.type", p.type(), p.type().isPresent() ? p.type().value().name() : null);
		row(rows, "status", "draft.field.status", p.status(),
				p.status().isPresent() ? p.status().value().name() : null);
		row(rows, "channel", "draft.field.channel", p.channel(),
				p.channel().isPresent() ? p.channel().value().name() : null);
		for (int i = 0; i < p.participants().size(); i++) {
			var x = p.participants().get(i);
			row(rows, "participant-" + i, "draft.field.participant", x,
					x.value().name() + " (" + x.value().role() + ")");
		}
		for (int i = 0; i < p.newActors().size(); i++) {
			var x = p.newActors().get(i);
			row(rows, "new-actor-" + i, "draft.field.newActor", x, x.value().name());
		}
		row(rows, "place", "draft.field.place", p.place(),
				p.place().isPresent() ? p.place().value().name() + " (" + p.place().value().country() + ")" : null);
		row(rows, "duration", "draft.field.duration", p.durationMinutes(),
				p.durationMinutes().isPresent() ? p.durationMinutes().value() + " min" : null);
		row(rows, "initiator", "draft.field.initiator", p.initiator(),
				p.initiator().isPresent() ? p.initiator().value().side()
						+ (p.initiator().value().actor() != null ? " (" + p.initiator().value().actor() + ")" : "")
						: null);
		for (int i = 0; i < p.quotes().size(); i++) {
			var x = p.quotes().get(i);
			row(rows, "quote-" + i, "draft.field.quote", x, "“" + x.value().text() + "” — "
					+ (x.value().speakerName() != null ? x.value().speakerName() : "?"));
		}
		for (int i = 0; i < p.accounts().size(); i++) {
			var x = p.accounts().get(i);
			row(rows, "account-" + i, "draft.field.account", x, x.value().side() + ": " + x.value().issuerName());
		}
		return rows;
	}

	private static void row(List<FieldRow> rows, String key, String label, Proposed<?> field, String value) {
		rows.add(new FieldRow(key, label, value, field.confidence(), field.reason(), field.evidence()));
	}

	/** The report cut into plain stretches and the sentences fields come from. */
	static List<Segment> segments(String text, List<FieldRow> rows) {
		TreeMap<Integer, Integer> marks = new TreeMap<>();
		for (FieldRow row : rows) {
			if (row.evidence() != null) {
				marks.put(row.evidence().start(), row.evidence().end());
			}
		}
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Map.Entry<Integer, Integer> mark : marks.entrySet()) {
			int start = mark.getKey();
			int end = Math.min(mark.getValue(), text.length());
			if (start < at || start >= end) {
				continue;
			}
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), false, at));
			}
			segments.add(new Segment(text.substring(start, end), true, start));
			at = end;
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false, at));
		}
		return segments;
	}

	static String host(String url) {
		if (url != null) {
			try {
				String host = URI.create(url).getHost();
				if (host != null) {
					return host.replaceFirst("^www\\.", "");
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URL: the source form will say so
			}
		}
		return "Outlet not given";
	}

	/** The report's first line that reads as a headline, cut to a title's length. */
	static String headline(String text) {
		for (String line : text.split("\\R")) {
			String s = line.strip();
			if (s.length() >= 20) {
				return (s.length() > 300) ? s.substring(0, 297).strip() + "…" : s;
			}
		}
		String s = text.strip();
		return (s.length() > 300) ? s.substring(0, 297).strip() + "…" : s;
	}

}
