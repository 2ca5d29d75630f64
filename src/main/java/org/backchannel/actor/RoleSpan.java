package org.backchannel.actor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

import org.backchannel.model.PartialDate;

/**
 * A title held from one date to another (either open), and the rule for which title
 * someone held on a date.
 */
public record RoleSpan(String title, LocalDate start, LocalDate end) {

	/**
	 * The title held on a date, as far as the roles tell; the most recently started role
	 * wins when several overlap. Null when none covers the date.
	 */
	public static String titleOn(Collection<RoleSpan> roles, PartialDate date) {
		return roles.stream()
			.filter((role) -> date.within(role.start(), role.end()))
			.max(Comparator.comparing(RoleSpan::start, Comparator.nullsFirst(Comparator.naturalOrder())))
			.map(RoleSpan::title)
			.orElse(null);
	}

}
