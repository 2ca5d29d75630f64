package org.backchannel.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A weak BACKCHANNEL_ADMIN_PASSWORD stops the start with one paragraph saying what failed
 * and what to set, instead of a stack trace (registered in META-INF/spring.factories).
 */
class WeakAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WeakAdminPasswordException cause) {
		return new FailureAnalysis(
				"The first admin account '" + cause.username() + "' was not created: the password in"
						+ " BACKCHANNEL_ADMIN_PASSWORD (backchannel.admin.password) " + cause.reason(),
				"Set BACKCHANNEL_ADMIN_PASSWORD to a stronger password (at least " + PasswordPolicy.MIN_LENGTH
						+ " characters, hard to guess, without the user name; several uncommon words will do),"
						+ " or unset BACKCHANNEL_ADMIN_USERNAME and BACKCHANNEL_ADMIN_PASSWORD to have a password"
						+ " generated, and start again.",
				cause);
	}

}
