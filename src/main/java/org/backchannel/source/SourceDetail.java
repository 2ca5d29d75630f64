package org.backchannel.source;

import java.time.Instant;

import org.backchannel.model.PartialDate;

/**
 * Everything held about a source, archived text included.
 */
public record SourceDetail(long id, String outlet, String title, String url, String language, PartialDate published,
		String agencies, String seedFile, String archivedText, Instant updatedAt, long version) {
}
