package org.backchannel.source;

import org.backchannel.model.PartialDate;

/**
 * A source as cited next to a fact.
 */
public record SourceRef(long id, String outlet, String title, String url, PartialDate published) {
}
