package org.backchannel.actor;

import java.time.LocalDate;

import org.backchannel.source.SourceRef;

public record RoleView(String title, String organization, LocalDate startDate, LocalDate endDate, SourceRef source) {
}
