package org.backchannel.account;

import java.time.Instant;

/**
 * An account as the user list shows it (never the password hash).
 */
public record UserSummary(String username, Role role, boolean enabled, Instant createdAt) {

}
