package org.backchannel.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.backchannel.actor.Actor;
import org.backchannel.model.BaseEntity;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.source.Source;

/**
 * A proposal on the table (the 30-day ceasefire, Russia's conditions, ...) and the log of
 * each party's stance on it.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends BaseEntity {

	@Column(nullable = false, unique = true, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "proposer_actor_id")
	private Actor proposer;

	@Column(name = "date_value")
	private LocalDate dateValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false)
	private DatePrecision datePrecision = DatePrecision.UNKNOWN;

	@OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dateValue nulls first, id")
	private List<Position> positions = new ArrayList<>();

	protected Proposal() {
	}

	public Proposal(String slug, String title, String summary, Actor proposer, PartialDate date) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.proposer = proposer;
		this.dateValue = date.value();
		this.datePrecision = date.precision();
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public Actor getProposer() {
		return this.proposer;
	}

	public PartialDate getDate() {
		return new PartialDate(this.dateValue, this.datePrecision);
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public void setProposer(Actor proposer) {
		this.proposer = proposer;
	}

	public void setDate(PartialDate date) {
		this.dateValue = date.value();
		this.datePrecision = date.precision();
	}

	public void clearPositions() {
		this.positions.clear();
	}

	public ProposalData toData() {
		PartialDate date = getDate();
		return new ProposalData(this.slug, this.title, this.summary,
				(this.proposer != null) ? this.proposer.getSlug() : null, (date.value() != null) ? date.iso() : null,
				this.datePrecision, this.positions.stream().map(Position::toData).toList());
	}

	public List<Position> getPositions() {
		return this.positions;
	}

	public void addPosition(Actor party, Stance stance, PartialDate date, String note, Source source) {
		this.positions.add(new Position(this, party, stance, date, note, source));
	}

	public ProposalRef toRef() {
		return new ProposalRef(this.slug, this.title);
	}

}
