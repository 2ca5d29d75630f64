package org.backchannel.event;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.model.Side;
import org.backchannel.source.SourceRef;

/**
 * One side's official account of a contact.
 *
 * @param language the language it was issued in (an ISO 639 code), null where no source
 * says
 */
public record ReadoutView(Side side, ActorRef issuer, String summary, List<String> keyQuotes, SourceRef source,
		@Nullable String language) {
}
