package org.backchannel.event;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.source.SourceRef;

public record QuoteView(ActorRef speaker, String text, @Nullable String context, SourceRef source) {
}
