package org.backchannel.source;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.backchannel.model.PartialDate;

/**
 * Everything held about a source, archived text included.
 */
public record SourceDetail(long id, String outlet, String title, @Nullable String url, String language,
		PartialDate published, @Nullable String agencies, @Nullable String seedFile, @Nullable String archivedText,
		Instant updatedAt, long version) {
}
