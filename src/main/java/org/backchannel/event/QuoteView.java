package org.backchannel.event;

import org.backchannel.actor.ActorRef;
import org.backchannel.source.SourceRef;

public record QuoteView(ActorRef speaker, String text, String context, SourceRef source) {
}
