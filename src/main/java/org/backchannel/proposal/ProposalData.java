package org.backchannel.proposal;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.backchannel.model.DatePrecision;
import org.backchannel.model.InputRules;
import org.backchannel.model.MultiLine;
import org.backchannel.model.OneScriptPerWord;
import org.backchannel.model.PartialDateFields;
import org.backchannel.model.SingleLine;

/**
 * A proposal and its position log as an editor writes them, for the admin form, the API
 * and the history alike. Dates are written at their precision (2025-03-11, 2025-03,
 * 2025).
 */
@PartialDateFields(date = "date", precision = "datePrecision")
public record ProposalData(
		@Size(max = 160) @Pattern(regexp = InputRules.SLUG, message = "{backchannel.validation.slug}") String slug,
		@NotBlank @Size(max = 300) @SingleLine @OneScriptPerWord String title,
		@NotBlank @Size(max = InputRules.LONG_TEXT) @MultiLine String summary, String proposer, String date,
		DatePrecision datePrecision, @Size(max = InputRules.MAX_ROWS,
				message = "{backchannel.validation.rows}") List<@Valid PositionData> positions) {

	public ProposalData {
		slug = InputRules.clean(slug);
		title = InputRules.clean(title);
		summary = InputRules.clean(summary);
		proposer = InputRules.clean(proposer);
		date = InputRules.clean(date);
		positions = (positions != null) ? positions.stream().filter(Objects::nonNull).toList() : List.of();
	}

	public static ProposalData blank() {
		return new ProposalData(null, null, null, null, null, DatePrecision.DAY, List.of());
	}

	public ProposalData withRowAdded(String list) {
		return "positions".equals(list) ? withPositions(InputRules.append(this.positions,
				new PositionData(null, Stance.PROPOSED, null, DatePrecision.DAY, null, null))) : this;
	}

	public ProposalData withRowRemoved(String list, int index) {
		return "positions".equals(list) ? withPositions(InputRules.without(this.positions, index)) : this;
	}

	private ProposalData withPositions(List<PositionData> newPositions) {
		return new ProposalData(this.slug, this.title, this.summary, this.proposer, this.date, this.datePrecision,
				newPositions);
	}

	/**
	 * One party's stance at a date, per a source.
	 */
	@PartialDateFields(date = "date", precision = "datePrecision")
	public record PositionData(@NotBlank String party, @NotNull Stance stance, String date, DatePrecision datePrecision,
			@Size(max = InputRules.LONG_TEXT) @MultiLine String note, @NotNull Long source) {

		public PositionData {
			party = InputRules.clean(party);
			date = InputRules.clean(date);
			note = InputRules.clean(note);
		}

	}

}
