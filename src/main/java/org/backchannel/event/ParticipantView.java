package org.backchannel.event;

import org.jspecify.annotations.Nullable;
import org.backchannel.model.Side;

/**
 * A participant with the title they held on the day of the event (null where not
 * recorded).
 */
public record ParticipantView(String slug, String name, Side side, ParticipantRole role, @Nullable String title) {
}
