package org.backchannel.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.backchannel.account.UserAccountService.Account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password, for the sign-in form and HTTP Basic alike, so that
 * nothing tells an unknown user, a wrong password, a disabled account and a throttled
 * attempt apart: each looks the account up, runs one bcrypt comparison (against a dummy
 * hash when there is no account) and fails with the same {@link BadCredentialsException}.
 * A right password that comes while the client or the account must still wait fails the
 * same way. The client is the address the sign-in's details name (see
 * {@code SecurityConfiguration}: the connection's, or X-Forwarded-For's from a trusted
 * proxy).
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	static final String FAILURE = "Bad credentials";

	private final UserAccountService users;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	/** A hash of a random password, made like every stored one, for unknown names. */
	private final String dummyHash;

	ThrottledAuthenticationProvider(UserAccountService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = (authentication.getName() != null) ? authentication.getName() : "";
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		String client = client(authentication);
		boolean throttled = this.throttle.isThrottled(client, username);
		Optional<Account> account = this.users.findForSignIn(username);
		boolean matches = this.passwordEncoder.matches(password,
				account.map(Account::passwordHash).orElse(this.dummyHash))
				&& password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
		if (throttled) {
			throw new BadCredentialsException(FAILURE);
		}
		if (account.isEmpty() || !matches || !account.get().enabled()) {
			this.throttle.recordFailure(client, username);
			throw new BadCredentialsException(FAILURE);
		}
		this.throttle.recordSuccess(client, username);
		UserDetails user = account.get().toUserDetails();
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	private static String client(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
