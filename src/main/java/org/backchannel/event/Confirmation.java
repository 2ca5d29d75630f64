package org.backchannel.event;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How sure the record is that a contact took place, and why, in words.
 *
 * @param level the level the rules derive from the readouts, sources and claims
 * @param reason the reason in words ("The US (White House) and Russia (Kremlin) each gave
 * an account.")
 */
@Schema(description = "How sure the record is that the contact took place, derived from its readouts, "
		+ "its sources' voices and its claims (README: How sure is each contact)")
public record Confirmation(ConfirmationLevel level, String reason) {

	/** What a record not yet assessed shows (a row written outside the app). */
	public static final Confirmation NOT_ASSESSED = new Confirmation(ConfirmationLevel.REPORTED, "Not assessed yet.");

	public static Confirmation of(String level, String reason) {
		return (level != null) ? new Confirmation(ConfirmationLevel.valueOf(level), reason) : NOT_ASSESSED;
	}

}
