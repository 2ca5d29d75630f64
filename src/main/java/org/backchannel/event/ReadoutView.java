package org.backchannel.event;

import java.util.List;

import org.backchannel.actor.ActorRef;
import org.backchannel.model.Side;
import org.backchannel.source.SourceRef;

public record ReadoutView(Side side, ActorRef issuer, String summary, List<String> keyQuotes, SourceRef source) {
}
