package org.backchannel.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds the login throttling with every sign-in attempt, by form or by HTTP Basic alike.
 */
@Component
class LoginAttemptListener {

	private final UserAccountService users;

	LoginAttemptListener(UserAccountService users) {
		this.users = users;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.users.recordFailure(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.users.recordSuccess(event.getAuthentication().getName());
	}

}
