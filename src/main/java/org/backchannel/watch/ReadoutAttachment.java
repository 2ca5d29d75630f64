package org.backchannel.watch;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.backchannel.model.InputRules;
import org.backchannel.model.MultiLine;
import org.backchannel.model.Side;
import org.backchannel.model.SingleLine;

/**
 * A queued item attached to a recorded event as one side's readout: which event (the one
 * the item matched when left out), which side (US or RUSSIA), who issued it (an actor's
 * slug: the State Department, the Kremlin, a spokesperson), what it says, and its key
 * phrases verbatim. The item becomes the readout's source, with its outlet and voice.
 */
@Schema(name = "QueueReadout", description = "The item attached to an event as the US or the Russian side's readout")
public record ReadoutAttachment(
		@Schema(description = "The event's slug; the event the item matched when left out",
				example = "2025-04-27-rubio-lavrov-phone-call") @Size(max = 160) @Pattern(regexp = InputRules.SLUG,
						message = "{backchannel.validation.slug}") @Nullable String slug,
		@Schema(description = "Whose readout it is: US or RUSSIA", example = "US") @NotNull Side side,
		@Schema(description = "The actor who issued it, by slug",
				example = "us-state-department") @NotBlank @Size(max = 160) @SingleLine String issuer,
		@Schema(description = "What the readout says") @NotBlank @Size(
				max = InputRules.LONG_TEXT) @MultiLine String summary,
		@Schema(description = "Its key phrases, verbatim") @Size(max = InputRules.MAX_ROWS,
				message = "{backchannel.validation.rows}") List<@Size(
						max = InputRules.LONG_TEXT) @MultiLine String> keyQuotes) {

	public ReadoutAttachment {
		slug = InputRules.clean(slug);
		issuer = InputRules.clean(issuer);
		summary = InputRules.clean(summary);
		keyQuotes = (keyQuotes != null) ? keyQuotes.stream().map(InputRules::clean).filter(Objects::nonNull).toList()
				: List.of();
	}

	/** The sides a queued item can be attached as. */
	public static final List<Side> SIDES = List.of(Side.US, Side.RUSSIA);

}
