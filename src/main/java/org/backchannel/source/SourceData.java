package org.backchannel.source;

import io.swagger.v3.oas.annotations.media.Schema;

import org.backchannel.model.DatePrecision;
import org.backchannel.model.InputCheck;

/**
 * A source as an editor writes it, for the admin form, the API and the history alike.
 *
 * @param published the publication date at its precision (2025-03-16, 2025-03, 2025)
 * @param archivedText the report's full text, kept in case the link dies
 */
public record SourceData(String outlet, String title, String url, String language, String published,
		DatePrecision publishedPrecision, String agencies, String archivedText) {

	public SourceData {
		outlet = InputCheck.clean(outlet);
		title = InputCheck.clean(title);
		url = InputCheck.clean(url);
		language = InputCheck.clean(language);
		published = InputCheck.clean(published);
		agencies = InputCheck.clean(agencies);
		archivedText = InputCheck.clean(archivedText);
	}

	public static SourceData blank() {
		return new SourceData(null, null, null, "en", null, DatePrecision.DAY, null, null);
	}

	@Schema(hidden = true) // not a field of the API's JSON
	public boolean isEmpty() {
		return this.outlet == null && this.title == null && this.url == null && this.published == null
				&& this.agencies == null && this.archivedText == null;
	}

}
