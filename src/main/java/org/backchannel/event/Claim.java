package org.backchannel.event;

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
import org.backchannel.source.Source;

/**
 * Something reported about an event, with how far it stands and who disputes it.
 */
@Entity
@Table(name = "claim")
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@Column(nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClaimStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "disputed_by_actor_id")
	private Actor disputedBy;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	protected Claim() {
	}

	Claim(Event event, EventData.ClaimData claim, Actor disputedBy, Source source) {
		this.event = event;
		this.text = claim.text();
		this.status = claim.status();
		this.disputedBy = disputedBy;
		this.source = source;
	}

	EventData.ClaimData toData() {
		return new EventData.ClaimData(this.text, this.status,
				(this.disputedBy != null) ? this.disputedBy.getSlug() : null, this.source.getId());
	}

}
