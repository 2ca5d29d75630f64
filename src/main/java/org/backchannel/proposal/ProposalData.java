package org.backchannel.proposal;

import java.util.List;
import java.util.Objects;

import org.backchannel.model.DatePrecision;
import org.backchannel.model.InputCheck;

/**
 * A proposal and its position log as an editor writes them, for the admin form, the API
 * and the history alike. Dates are written at their precision (2025-03-11, 2025-03,
 * 2025).
 */
public record ProposalData(String slug, String title, String summary, String proposer, String date,
		DatePrecision datePrecision, List<PositionData> positions) {

	public ProposalData {
		slug = InputCheck.clean(slug);
		title = InputCheck.clean(title);
		summary = InputCheck.clean(summary);
		proposer = InputCheck.clean(proposer);
		date = InputCheck.clean(date);
		positions = (positions != null) ? positions.stream().filter(Objects::nonNull).toList() : List.of();
	}

	public static ProposalData blank() {
		return new ProposalData(null, null, null, null, null, DatePrecision.DAY, List.of());
	}

	public ProposalData withRowAdded(String list) {
		return "positions".equals(list) ? withPositions(InputCheck.append(this.positions,
				new PositionData(null, Stance.PROPOSED, null, DatePrecision.DAY, null, null))) : this;
	}

	public ProposalData withRowRemoved(String list, int index) {
		return "positions".equals(list) ? withPositions(InputCheck.without(this.positions, index)) : this;
	}

	private ProposalData withPositions(List<PositionData> newPositions) {
		return new ProposalData(this.slug, this.title, this.summary, this.proposer, this.date, this.datePrecision,
				newPositions);
	}

	/**
	 * One party's stance at a date, per a source.
	 */
	public record PositionData(String party, Stance stance, String date, DatePrecision datePrecision, String note,
			Long source) {

		public PositionData {
			party = InputCheck.clean(party);
			date = InputCheck.clean(date);
			note = InputCheck.clean(note);
		}

	}

}
