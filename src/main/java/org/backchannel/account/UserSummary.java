package org.backchannel.account;

import java.time.Instant;

/**
 * An account as the user list shows it (never the password hash).
 */
public record UserSummary(String username, Role role, boolean enabled, int failedAttempts, Instant lockedUntil,
		Instant createdAt) {

	public boolean isLocked() {
		return this.lockedUntil != null && this.lockedUntil.isAfter(Instant.now());
	}

}
