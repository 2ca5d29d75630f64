package org.backchannel.proposal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.backchannel.actor.Actor;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.source.Source;

/**
 * One party's stance on a proposal at a time, per a source.
 */
@Entity
@Table(name = "proposal_position")
public class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id")
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor party;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stance stance;

	@Column(name = "date_value")
	private LocalDate dateValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false)
	private DatePrecision datePrecision = DatePrecision.UNKNOWN;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	protected Position() {
	}

	Position(Proposal proposal, Actor party, Stance stance, PartialDate date, String note, Source source) {
		this.proposal = proposal;
		this.party = party;
		this.stance = stance;
		this.dateValue = date.value();
		this.datePrecision = date.precision();
		this.note = note;
		this.source = source;
	}

	public Actor getParty() {
		return this.party;
	}

	ProposalData.PositionData toData() {
		PartialDate date = new PartialDate(this.dateValue, this.datePrecision);
		return new ProposalData.PositionData(this.party.getSlug(), this.stance,
				(date.value() != null) ? date.iso() : null, this.datePrecision, this.note, this.source.getId());
	}

	public PositionView toView() {
		return new PositionView(this.party.toRef(), this.stance, new PartialDate(this.dateValue, this.datePrecision),
				this.note, this.source.toRef());
	}

}
