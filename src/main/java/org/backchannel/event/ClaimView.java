package org.backchannel.event;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.source.SourceRef;

public record ClaimView(String text, ClaimStatus status, @Nullable ActorRef disputedBy, SourceRef source) {
}
