package org.backchannel.draft;

import java.time.LocalDate;
import java.util.List;

/**
 * An actor as the dictionary reads it from the record: name, aliases in any language, and
 * roles with the dates they were held.
 */
record KnownActor(String slug, String name, String kind, String country, List<String> aliases, List<Role> roles) {

	boolean isPerson() {
		return "PERSON".equals(this.kind);
	}

	record Role(String title, String organization, LocalDate start, LocalDate end) {

		boolean heldOn(LocalDate date) {
			return date == null || ((this.start == null || !date.isBefore(this.start))
					&& (this.end == null || !date.isAfter(this.end)));
		}

	}

}
