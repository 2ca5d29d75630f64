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

@Entity
@Table(name = "event_participant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ParticipantRole role;

	protected Participant() {
	}

	Participant(Event event, Actor actor, ParticipantRole role) {
		this.event = event;
		this.actor = actor;
		this.role = role;
	}

	public Actor getActor() {
		return this.actor;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	void setRole(ParticipantRole role) {
		this.role = role;
	}

}
