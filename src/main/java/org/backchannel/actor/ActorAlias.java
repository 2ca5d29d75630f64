package org.backchannel.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Another spelling of an actor's name (Sergey Lavrov, Сергей Лавров), with its language.
 */
@Entity
@Table(name = "actor_alias")
public class ActorAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String language;

	protected ActorAlias() {
	}

	public ActorAlias(Actor actor, String name, String language) {
		this.actor = actor;
		this.name = name;
		this.language = language;
	}

	public String getName() {
		return this.name;
	}

	public String getLanguage() {
		return this.language;
	}

	void setLanguage(String language) {
		this.language = language;
	}

	public AliasView toView() {
		return new AliasView(this.name, this.language);
	}

}
