package org.backchannel.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.backchannel.account.SignInThrottleTests.MovingClock;
import org.backchannel.account.UserAccountService.Account;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a sign-in costs: a throttled attempt runs no password comparison, no more
 * comparisons run at once than the provider allows, however many attempts arrive, and a
 * right password confirmed lately is not compared again (an API client signing every
 * request in), while a wrong one always is.
 */
class ThrottledAuthenticationProviderTests {

	final CountingEncoder encoder = new CountingEncoder();

	final SignInThrottle throttle = new SignInThrottle(SignInThrottleTests.SETTINGS, Optional.of(new MovingClock()));

	final OneAccount account = new OneAccount();

	final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(this.account, this.encoder,
			this.throttle);

	@Test
	void anEditorSigningEveryRequestInIsComparedOnceAndAWrongPasswordEveryTime() {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("right password").getName()).isEqualTo("editor");
		}
		assertThat(this.encoder.comparisons).as("one comparison for five sign-ins").hasValue(1);
		for (int i = 0; i < 3; i++) {
			attempt("wrong password");
		}
		assertThat(this.encoder.comparisons).as("every wrong password compared").hasValue(4);
	}

	@Test
	void aChangedPasswordIsComparedAgainAndTheOldOneRefused() {
		signIn("right password");
		this.account.hash = "hash:new password";
		attempt("right password");
		assertThat(signIn("new password").getName()).isEqualTo("editor");
		assertThat(this.encoder.comparisons).as("the old password against the new hash, then the new one").hasValue(3);
	}

	@Test
	void aDisabledAccountIsRefusedWithItsRightPasswordConfirmedBefore() {
		signIn("right password");
		this.account.enabled = false;
		attempt("right password");
	}

	@Test
	void aThrottledAttemptRunsNoComparisonEvenWithTheRightPassword() {
		for (int i = 0; i < 4; i++) {
			attempt("wrong password");
		}
		int comparisons = this.encoder.comparisons.get();
		assertThat(this.throttle.isThrottled("203.0.113.9", "editor")).isTrue();
		for (int i = 0; i < 20; i++) {
			attempt("wrong password");
		}
		attempt("right password");
		assertThat(this.encoder.comparisons.get()).as("comparisons after the throttle began").isEqualTo(comparisons);
	}

	@Test
	void noMoreComparisonsRunAtOnceThanAllowedWhateverArrives() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<?>> attempts = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				String client = "198.51.100." + i;
				attempts.add(pool.submit(() -> attempt("wrong " + client, client)));
			}
			for (Future<?> attempt : attempts) {
				attempt.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.encoder.mostAtOnce.get()).isBetween(1, ThrottledAuthenticationProvider.CONCURRENT_HASHES);
	}

	private Authentication signIn(String password) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated("editor",
				password);
		token.setDetails(new WebAuthenticationDetails("203.0.113.9", null));
		return this.provider.authenticate(token);
	}

	private void attempt(String password) {
		attempt(password, "203.0.113.9");
	}

	private void attempt(String password, String client) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated("editor",
				password);
		token.setDetails(new WebAuthenticationDetails(client, null));
		if (password.equals("right password") && this.account.hash.equals("hash:right password") && this.account.enabled
				&& !this.throttle.isThrottled(client, "editor")) {
			this.provider.authenticate(token);
			return;
		}
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> this.provider.authenticate(token));
	}

	/** Compares slowly, as bcrypt does, and counts. */
	static final class CountingEncoder implements PasswordEncoder {

		final AtomicInteger comparisons = new AtomicInteger();

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return "hash:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.comparisons.incrementAndGet();
			int now = this.running.incrementAndGet();
			this.mostAtOnce.accumulateAndGet(now, Math::max);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.running.decrementAndGet();
			}
			return encoded.equals("hash:" + raw);
		}

	}

	/** One editor, enabled, whose password is "right password" until changed. */
	static final class OneAccount extends UserAccountService {

		volatile String hash = "hash:right password";

		volatile boolean enabled = true;

		OneAccount() {
			super(null, null);
		}

		@Override
		public Optional<Account> findForSignIn(String username) {
			return username.equalsIgnoreCase("editor")
					? Optional.of(new Account("editor", this.hash, Role.EDITOR, this.enabled)) : Optional.empty();
		}

	}

}
