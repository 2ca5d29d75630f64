package org.backchannel.draft;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.backchannel.model.IsoDay;

/**
 * A report to read: its full text and the date it was published (the anchor for
 * "yesterday", "on Thursday"), and where it comes from. Checked by Bean Validation like
 * every write record (messages in {@code messages.properties}).
 */
@Schema(description = "A report to read into a draft event")
public record DraftRequest(
		@Schema(description = "The report's full text, at most " + DraftService.MAX_TEXT + " characters",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(
						message = "{draft.validation.text.required}") @Size(max = DraftService.MAX_TEXT,
								message = "{draft.validation.text.tooLong}") String text,
		@Schema(description = "The day the report was published (ISO date)", example = "2025-03-16",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(
						message = "{draft.validation.published.required}") @IsoDay(
								message = "{draft.validation.published.day}") String published,
		@Schema(description = "Where the report is online", example = "https://thanhnien.vn/…") String url,
		@Schema(description = "Who published it", example = "Thanh Nien") String outlet,
		@Schema(description = "The report's language (BCP 47)", example = "en") String language) {

	public DraftRequest {
		published = (published != null) ? published.strip() : null;
	}

}
