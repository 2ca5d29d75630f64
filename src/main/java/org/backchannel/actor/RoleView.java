package org.backchannel.actor;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.backchannel.source.SourceRef;

public record RoleView(String title, @Nullable String organization, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable SourceRef source) {
}
