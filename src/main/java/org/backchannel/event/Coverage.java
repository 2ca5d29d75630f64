package org.backchannel.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How current the record is: the months of the first and the latest held contact it
 * holds, and the day it was last checked (the latest change to a published event; for a
 * record nobody has edited since it was compiled, the day it was compiled).
 *
 * @param firstContact the month of the earliest held US–Russia contact, null when none
 * @param lastContact the month of the latest held US–Russia contact, null when none
 * @param lastChecked the day of the latest change to a published event, null when none
 * @param compiled the day the seeded record was compiled (every seeded record unchanged
 * since carries it as its date)
 * @param statement all of it in one English sentence, as the pages show it
 */
public record Coverage(
		@Schema(description = "Month of the earliest held US–Russia contact (YYYY-MM)", type = "string",
				example = "2025-02") @Nullable YearMonth firstContact,
		@Schema(description = "Month of the latest held US–Russia contact (YYYY-MM)", type = "string",
				example = "2026-03") @Nullable YearMonth lastContact,
		@Schema(description = "Day of the latest change to a published event (UTC)",
				example = "2026-11-30") @Nullable LocalDate lastChecked,
		@Schema(description = "Day the seeded record was compiled, from reporting up to about 19 March 2026; "
				+ "a seeded record unchanged since carries it as its date", example = "2026-11-30") LocalDate compiled,
		@Schema(description = "The same in one sentence",
				example = "Contacts from February 2025 to March 2026; last checked 30 November 2026.") String statement) {

	/**
	 * The moment every seeded record is dated to (V20): the day the record of February
	 * 2025 – March 2026 was compiled, from reporting up to about 19 March 2026.
	 */
	public static final Instant COMPILED = Instant.parse("2026-11-30T00:00:00Z");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public static Coverage of(@Nullable YearMonth firstContact, @Nullable YearMonth lastContact,
			@Nullable LocalDate lastChecked) {
		String contacts = (firstContact == null || lastContact == null) ? "No contacts recorded yet"
				: "Contacts from " + firstContact.format(MONTH) + " to " + lastContact.format(MONTH);
		String checked = (lastChecked != null) ? "; last checked " + lastChecked.format(DAY) : "";
		return new Coverage(firstContact, lastContact, lastChecked, LocalDate.ofInstant(COMPILED, ZoneOffset.UTC),
				contacts + checked + ".");
	}

	/**
	 * Whether a record still carries the seed's date, unchanged since it was compiled.
	 */
	public static boolean isCompiledDate(Instant updatedAt) {
		return COMPILED.equals(updatedAt);
	}

	/** The day the record was compiled, as the pages write it ("30 November 2026"). */
	public String compiledText() {
		return this.compiled.format(DAY);
	}

}
