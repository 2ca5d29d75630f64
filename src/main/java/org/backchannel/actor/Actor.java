package org.backchannel.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.backchannel.model.BaseEntity;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;

/**
 * A person, organization or government body that takes part in, speaks about or proposes
 * something.
 */
@Entity
@Table(name = "actor")
public class Actor extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActorKind kind;

	private String country;

	private String description;

	@OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("name")
	private List<ActorAlias> aliases = new ArrayList<>();

	@OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startDate nulls first, id")
	private List<ActorRole> roles = new ArrayList<>();

	protected Actor() {
	}

	public Actor(String slug, String name, ActorKind kind, String country) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.country = country;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public String getCountry() {
		return this.country;
	}

	public Side getSide() {
		return Side.ofCountry(this.country);
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setKind(ActorKind kind) {
		this.kind = kind;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	/**
	 * Sets the aliases, keeping the rows of names that stay (a name is unique per actor,
	 * and deleting then re-inserting it would break that rule mid-flush).
	 */
	public void replaceAliases(List<ActorData.AliasData> wanted) {
		this.aliases.removeIf((alias) -> wanted.stream().noneMatch((data) -> data.name().equals(alias.getName())));
		for (ActorData.AliasData data : wanted) {
			this.aliases.stream()
				.filter((alias) -> alias.getName().equals(data.name()))
				.findFirst()
				.ifPresentOrElse((alias) -> alias.setLanguage(data.language()),
						() -> this.aliases.add(new ActorAlias(this, data.name(), data.language())));
		}
	}

	public void replaceRoles(List<ActorRole> wanted) {
		this.roles.clear();
		this.roles.addAll(wanted);
	}

	public ActorData toData() {
		return new ActorData(this.slug, this.name, this.kind, this.country, this.description,
				this.aliases.stream()
					.map((alias) -> new ActorData.AliasData(alias.getName(), alias.getLanguage()))
					.sorted(Comparator.comparing(ActorData.AliasData::name))
					.toList(),
				this.roles.stream()
					.map((role) -> new ActorData.RoleData(role.getTitle(), role.getOrganization(),
							(role.getStartDate() != null) ? role.getStartDate().toString() : null,
							(role.getEndDate() != null) ? role.getEndDate().toString() : null,
							(role.getSource() != null) ? role.getSource().getId() : null))
					.toList());
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<ActorAlias> getAliases() {
		return this.aliases;
	}

	public List<ActorRole> getRoles() {
		return this.roles;
	}

	/**
	 * The title this actor held on a date, as far as the recorded roles tell; the most
	 * recently started role wins when several overlap.
	 */
	public String titleOn(PartialDate date) {
		return RoleSpan.titleOn(this.roles.stream()
			.map((role) -> new RoleSpan(role.getTitle(), role.getStartDate(), role.getEndDate()))
			.toList(), date);
	}

	public ActorRef toRef() {
		return new ActorRef(this.slug, this.name, getSide());
	}

}
