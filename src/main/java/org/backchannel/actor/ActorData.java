package org.backchannel.actor;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.backchannel.model.InputRules;
import org.backchannel.model.IsoDay;
import org.backchannel.model.MultiLine;
import org.backchannel.model.OneScriptPerWord;
import org.backchannel.model.SingleLine;

/**
 * An actor as an editor writes it, for the admin form, the API and the history alike.
 *
 * @param slug the URL name; generated from the name when left empty, fixed once the actor
 * exists
 */
public record ActorData(
		@Size(max = 120) @Pattern(regexp = InputRules.SLUG, message = "{backchannel.validation.slug}") String slug,
		@NotBlank @Size(max = 200) @SingleLine @OneScriptPerWord String name, @NotNull ActorKind kind,
		@Pattern(regexp = InputRules.COUNTRY, message = "{backchannel.validation.country}") String country,
		@Size(max = InputRules.LONG_TEXT) @MultiLine String description,
		@Size(max = InputRules.MAX_ROWS, message = "{backchannel.validation.rows}") List<@Valid AliasData> aliases,
		@Size(max = InputRules.MAX_ROWS, message = "{backchannel.validation.rows}") List<@Valid RoleData> roles) {

	public ActorData {
		slug = InputRules.clean(slug);
		name = InputRules.clean(name);
		country = InputRules.clean(country);
		description = InputRules.clean(description);
		aliases = (aliases != null) ? aliases.stream().filter(Objects::nonNull).toList() : List.of();
		roles = (roles != null) ? roles.stream().filter(Objects::nonNull).toList() : List.of();
	}

	public static ActorData blank() {
		return new ActorData(null, null, ActorKind.PERSON, null, null, List.of(), List.of());
	}

	public ActorData withRowAdded(String list) {
		return switch (list) {
			case "aliases" -> new ActorData(this.slug, this.name, this.kind, this.country, this.description,
					InputRules.append(this.aliases, new AliasData(null, "en")), this.roles);
			case "roles" -> new ActorData(this.slug, this.name, this.kind, this.country, this.description, this.aliases,
					InputRules.append(this.roles, new RoleData(null, null, null, null, null)));
			default -> this;
		};
	}

	public ActorData withRowRemoved(String list, int index) {
		return switch (list) {
			case "aliases" -> new ActorData(this.slug, this.name, this.kind, this.country, this.description,
					InputRules.without(this.aliases, index), this.roles);
			case "roles" -> new ActorData(this.slug, this.name, this.kind, this.country, this.description, this.aliases,
					InputRules.without(this.roles, index));
			default -> this;
		};
	}

	ActorData withSlug(String newSlug) {
		return new ActorData(newSlug, this.name, this.kind, this.country, this.description, this.aliases, this.roles);
	}

	public record AliasData(@NotBlank @Size(max = 200) @SingleLine @OneScriptPerWord String name,
			@NotBlank @Size(max = 16) @SingleLine String language) {

		public AliasData {
			name = InputRules.clean(name);
			language = InputRules.clean(language);
		}

	}

	/**
	 * A title held from {@code startDate} to {@code endDate} (YYYY-MM-DD, either open).
	 */
	public record RoleData(@NotBlank @Size(max = 200) @SingleLine String title,
			@Size(max = 200) @SingleLine String organization, @IsoDay String startDate, @IsoDay String endDate,
			Long source) {

		public RoleData {
			title = InputRules.clean(title);
			organization = InputRules.clean(organization);
			startDate = InputRules.clean(startDate);
			endDate = InputRules.clean(endDate);
		}

	}

}
