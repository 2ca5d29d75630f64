package org.backchannel.source;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.backchannel.model.DatePrecision;
import org.backchannel.model.InputRules;
import org.backchannel.model.MultiLine;
import org.backchannel.model.PartialDateFields;
import org.backchannel.model.SingleLine;
import org.backchannel.model.WebAddress;

/**
 * A source as an editor writes it, for the admin form, the API and the history alike.
 *
 * @param published the publication date at its precision (2025-03-16, 2025-03, 2025)
 * @param archivedText the report's full text, kept in case the link dies
 * @param voice whose voice the source is
 * @param voiceOf which government (required for another government) or state
 * @param reprintOf the source an aggregator reprints, where it is known
 */
@PartialDateFields(date = "published", precision = "publishedPrecision")
public record SourceData(@NotBlank @Size(max = 200) @SingleLine String outlet,
		@NotBlank @Size(max = 500) @SingleLine String title, @Size(max = 2000) @SingleLine @WebAddress String url,
		@NotBlank @Size(max = 16) @SingleLine String language, String published, DatePrecision publishedPrecision,
		@Size(max = 300) @SingleLine String agencies,
		@Size(max = InputRules.ARCHIVED_TEXT) @MultiLine String archivedText,
		@Schema(description = "Whose voice the source is; UNKNOWN (the default) counts as the weakest") Voice voice,
		@Schema(description = "Which government (for OTHER_GOVERNMENT, required) or which state (for STATE_MEDIA)",
				example = "Saudi Arabia") @Size(max = 100) @SingleLine String voiceOf,
		@Schema(description = "For an AGGREGATOR: the id of the source it reprints, where it is known") @Positive Long reprintOf) {

	public SourceData {
		outlet = InputRules.clean(outlet);
		title = InputRules.clean(title);
		url = InputRules.clean(url);
		language = InputRules.clean(language);
		published = InputRules.clean(published);
		agencies = InputRules.clean(agencies);
		archivedText = InputRules.clean(archivedText);
		voice = (voice != null) ? voice : Voice.UNKNOWN;
		voiceOf = InputRules.clean(voiceOf);
	}

	public static SourceData blank() {
		return new SourceData(null, null, null, "en", null, DatePrecision.DAY, null, null, Voice.UNKNOWN, null, null);
	}

	@Schema(hidden = true) // not a field of the API's JSON
	public boolean isEmpty() {
		return this.outlet == null && this.title == null && this.url == null && this.published == null
				&& this.agencies == null && this.archivedText == null;
	}

}
