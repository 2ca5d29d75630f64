package org.backchannel.account;

/**
 * BACKCHANNEL_ADMIN_PASSWORD fails the password policy: the start stops, and
 * {@link WeakAdminPasswordFailureAnalyzer} says what to set.
 */
class WeakAdminPasswordException extends IllegalStateException {

	private final String username;

	/** The policy's words, to follow the setting's name ("is too easy to guess. …"). */
	private final String reason;

	WeakAdminPasswordException(String username, String reason) {
		super("The admin account '" + username
				+ "' was not created: BACKCHANNEL_ADMIN_PASSWORD (backchannel.admin.password) " + reason
				+ " Set a stronger one (at least " + PasswordPolicy.MIN_LENGTH
				+ " characters, hard to guess, without the user name) and start again.");
		this.username = username;
		this.reason = reason;
	}

	String username() {
		return this.username;
	}

	String reason() {
		return this.reason;
	}

}
