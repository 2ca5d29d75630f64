package org.backchannel.event;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.backchannel.model.InputRules;
import org.backchannel.model.SingleLine;

/**
 * Where an event took place: one group for writing and reading. {@link EventData} holds
 * it as it is written (Bean-validated, bound by the admin form, read from the API's JSON,
 * kept in each revision's snapshot), the entity stores it as it is (an embedded record, a
 * column per component), and the detail reader fills it for {@link EventDetail} from the
 * columns named after its components. A component added here is therefore written,
 * stored, read and documented without another change in Java.
 *
 * @param place the city or place, as written
 * @param country its ISO 3166 alpha-2 code
 * @param occasion the gathering it took place during or on the sidelines of (a
 * ministerial meeting, the UN General Assembly)
 * @param venue the building or site where an in-person contact took place, as a cited
 * source names it (Diriyah Palace, the Kremlin)
 */
@Embeddable
public record Where(@Nullable @Size(max = 200) @SingleLine String place,
		@Nullable @Pattern(regexp = InputRules.COUNTRY, message = "{backchannel.validation.country}") String country,
		@Nullable @Schema(description = "The gathering it took place during or on the sidelines of",
				example = "UN General Assembly") @Size(max = 200) @SingleLine String occasion,
		@Nullable @Schema(description = "The building or site where an in-person contact took place",
				example = "Diriyah Palace") @Size(max = 200) @SingleLine String venue) {

	public Where {
		place = InputRules.clean(place);
		country = InputRules.clean(country);
		occasion = InputRules.clean(occasion);
		venue = InputRules.clean(venue);
	}

	/** No place given: a body or a form without any of the group's fields. */
	static Where none() {
		return new Where(null, null, null, null);
	}

}
