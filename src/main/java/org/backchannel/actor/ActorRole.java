package org.backchannel.actor;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.backchannel.source.Source;

/**
 * A title an actor held, from and to the dates the sources give (open where they do not).
 */
@Entity
@Table(name = "actor_role")
public class ActorRole {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Column(nullable = false)
	private String title;

	private String organization;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	protected ActorRole() {
	}

	public ActorRole(Actor actor, String title, String organization, LocalDate startDate, LocalDate endDate,
			Source source) {
		this.actor = actor;
		this.title = title;
		this.organization = organization;
		this.startDate = startDate;
		this.endDate = endDate;
		this.source = source;
	}

	public String getTitle() {
		return this.title;
	}

	public String getOrganization() {
		return this.organization;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Source getSource() {
		return this.source;
	}

	public RoleView toView() {
		return new RoleView(this.title, this.organization, this.startDate, this.endDate,
				(this.source != null) ? this.source.toRef() : null);
	}

}
