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

}
