package org.backchannel.proposal;

import org.jspecify.annotations.Nullable;
import org.backchannel.actor.ActorRef;
import org.backchannel.model.PartialDate;
import org.backchannel.source.SourceRef;

public record PositionView(ActorRef party, Stance stance, PartialDate date, @Nullable String note, SourceRef source) {
}
