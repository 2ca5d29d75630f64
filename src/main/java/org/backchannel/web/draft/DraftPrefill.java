package org.backchannel.web.draft;

import java.util.List;

import org.backchannel.draft.DraftProposal;

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
		return DraftAdminController.prefill(proposal)
			.stream()
			.filter((hidden) -> hidden.value() != null)
			.map((hidden) -> new Field(hidden.name(), hidden.value()))
			.toList();
	}

	/** The report with each field's sentence marked, as "New from a report" shows it. */
	public record Segment(String text, boolean marked, int start) {

	}

	public static List<Segment> segments(String text, DraftProposal proposal) {
		java.util.List<DraftAdminController.FieldRow> rows = new java.util.ArrayList<>();
		java.util.List<org.backchannel.draft.Evidence> evidence = new java.util.ArrayList<>();
		evidence.add(proposal.lead());
		evidence.add(proposal.date().evidence());
		evidence.add(proposal.type().evidence());
		evidence.add(proposal.place().evidence());
		evidence.add(proposal.durationMinutes().evidence());
		evidence.add(proposal.initiator().evidence());
		evidence.add(proposal.duplicate().evidence());
		proposal.participants().forEach((p) -> evidence.add(p.evidence()));
		proposal.quotes().forEach((p) -> evidence.add(p.evidence()));
		proposal.accounts().forEach((p) -> evidence.add(p.evidence()));
		for (org.backchannel.draft.Evidence e : evidence) {
			if (e != null) {
				rows.add(new DraftAdminController.FieldRow("", "", null, 0, "", e));
			}
		}
		return DraftAdminController.segments(text, rows)
			.stream()
			.map((s) -> new Segment(s.text(), s.marked(), s.start()))
			.toList();
	}

}
