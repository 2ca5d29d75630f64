package org.backchannel.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
 * <p>
 * What a sign-in costs is bounded: a throttled attempt runs no bcrypt (it waits, off the
 * processor, as long as a comparison takes, so that its answer comes no sooner), and at
 * most {@link #CONCURRENT_HASHES} comparisons run at once; one that cannot start within
 * {@link #HASH_QUEUE_WAIT} fails like any other (without counting as a failure), so a
 * flood of wrong passwords from many places cannot take the processors from readers. A
 * right password confirmed in the last minutes is not compared again
 * ({@link VerifiedPasswords}); if its account is disabled, the failure still comes no
 * sooner than a comparison's.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	static final String FAILURE = "Bad credentials";

	/** bcrypt comparisons at once: half the processors, at least one. */
	static final int CONCURRENT_HASHES = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

	static final Duration HASH_QUEUE_WAIT = Duration.ofSeconds(3);

	private final Semaphore hashing = new Semaphore(CONCURRENT_HASHES, true);

	/** How long a comparison takes, on average of the recent ones (nanoseconds). */
	private final AtomicLong comparisonNanos = new AtomicLong(TimeUnit.MILLISECONDS.toNanos(50));

	private final UserAccountService users;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final VerifiedPasswords verified = new VerifiedPasswords();

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
		if (throttled) {
			waitAsLongAsAComparison();
			throw new BadCredentialsException(FAILURE);
		}
		String hash = account.map(Account::passwordHash).orElse(this.dummyHash);
		boolean recent = account.isPresent() && this.verified.confirmed(password, hash);
		boolean matches = (recent || compare(password, hash))
				&& password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
		if (account.isEmpty() || !matches || !account.get().enabled()) {
			if (recent) {
				waitAsLongAsAComparison();
			}
			this.throttle.recordFailure(client, username);
			throw new BadCredentialsException(FAILURE);
		}
		if (!recent) {
			this.verified.confirm(password, hash);
		}
		this.throttle.recordSuccess(client, username);
		UserDetails user = account.get().toUserDetails();
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	private boolean compare(String password, String hash) {
		try {
			if (!this.hashing.tryAcquire(HASH_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new BadCredentialsException(FAILURE);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BadCredentialsException(FAILURE);
		}
		long start = System.nanoTime();
		try {
			return this.passwordEncoder.matches(password, hash);
		}
		finally {
			this.hashing.release();
			long took = System.nanoTime() - start;
			this.comparisonNanos.updateAndGet((average) -> (average * 7 + took) / 8);
		}
	}

	private void waitAsLongAsAComparison() {
		try {
			TimeUnit.NANOSECONDS.sleep(this.comparisonNanos.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
