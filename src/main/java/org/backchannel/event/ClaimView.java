package org.backchannel.event;

import org.backchannel.actor.ActorRef;
import org.backchannel.source.SourceRef;

public record ClaimView(String text, ClaimStatus status, ActorRef disputedBy, SourceRef source) {
}
