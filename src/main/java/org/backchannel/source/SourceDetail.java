package org.backchannel.source;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.backchannel.model.PartialDate;

/**
 * Everything held about a source, archived text included.
 *
 * @param voice whose voice it is (a government, state media, independent media, an
 * aggregator)
 * @param voiceOf which government or state, where the voice does not say
 * @param reprintOf the id of the source an aggregator reprints, where it is known
 */
public record SourceDetail(long id, String outlet, String title, @Nullable String url, String language,
		PartialDate published, @Nullable String agencies, @Nullable String seedFile, @Nullable String archivedText,
		Voice voice, @Nullable String voiceOf, @Nullable Long reprintOf, Instant updatedAt, long version) {
}
