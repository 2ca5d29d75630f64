package org.backchannel.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.backchannel.account.ThrottlePolicy.Failures;

import org.springframework.stereotype.Component;

/**
 * The failed sign-ins of the last minutes, in memory, and whether a new attempt must wait
 * (see {@link SignInThrottling}). An attempt that comes too early is refused like a wrong
 * password and is not counted, so waiting out the delay is always enough. Each instance
 * keeps its own counts; a restart forgets them.
 */
@Component
public class SignInThrottle {

	private static final int MAX_ENTRIES = 100_000;

	private final ThrottlePolicy clientAccountPolicy;

	private final ThrottlePolicy clientPolicy;

	private final ThrottlePolicy accountPolicy;

	private final Cache<String, Failures> clientAccounts;

	private final Cache<String, Failures> clients;

	private final Cache<String, Failures> accounts;

	private final Clock clock;

	SignInThrottle(SignInThrottling settings, Optional<Clock> clock) {
		this.clientAccountPolicy = new ThrottlePolicy(settings.clientAccountAllowance(), settings.firstDelay(),
				settings.maxDelay());
		this.clientPolicy = new ThrottlePolicy(settings.clientAllowance(), settings.firstDelay(), settings.maxDelay());
		this.accountPolicy = new ThrottlePolicy(settings.accountAllowance(), settings.firstDelay(),
				settings.maxAccountDelay());
		this.clientAccounts = cache(settings);
		this.clients = cache(settings);
		this.accounts = cache(settings);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	private static Cache<String, Failures> cache(SignInThrottling settings) {
		return Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(settings.forgetAfter()).build();
	}

	/**
	 * Whether an attempt from this client on this account must wait longer.
	 */
	public boolean isThrottled(String client, String username) {
		Instant now = this.clock.instant();
		String account = account(username);
		return this.clientAccountPolicy.blocks(this.clientAccounts.getIfPresent(pair(client, account)), now)
				|| this.clientPolicy.blocks(this.clients.getIfPresent(client), now)
				|| this.accountPolicy.blocks(this.accounts.getIfPresent(account), now);
	}

	void recordFailure(String client, String username) {
		Instant now = this.clock.instant();
		String account = account(username);
		count(this.clientAccounts, pair(client, account), now);
		count(this.clients, client, now);
		count(this.accounts, account, now);
	}

	/**
	 * A right password proves the user: their own failures are forgotten, those of the
	 * client on other accounts are not.
	 */
	void recordSuccess(String client, String username) {
		String account = account(username);
		this.clientAccounts.invalidate(pair(client, account));
		this.accounts.invalidate(account);
	}

	/**
	 * Forgets every failure on this account, from every client (an admin's "unlock").
	 */
	public void unlock(String username) {
		String account = account(username);
		this.accounts.invalidate(account);
		this.clientAccounts.asMap().keySet().removeIf((key) -> key.endsWith("\n" + account));
	}

	/**
	 * When this account's own wait (the one every client meets) ends, if it is waiting.
	 */
	public Optional<Instant> accountWaitsUntil(String username) {
		Failures failures = this.accounts.getIfPresent(account(username));
		Instant now = this.clock.instant();
		if (!this.accountPolicy.blocks(failures, now)) {
			return Optional.empty();
		}
		return Optional.of(failures.last().plus(this.accountPolicy.wait(failures.count())));
	}

	/**
	 * How many failed sign-ins on this account are remembered.
	 */
	public int accountFailures(String username) {
		Failures failures = this.accounts.getIfPresent(account(username));
		return (failures != null) ? failures.count() : 0;
	}

	private static void count(Cache<String, Failures> cache, String key, Instant now) {
		cache.asMap().merge(key, new Failures(1, now), (old, first) -> old.next(now));
	}

	/**
	 * Names are matched case-insensitively; no stored name is longer than 100 characters,
	 * so a longer one is cut to bound what an attacker can make this remember.
	 */
	private static String account(String username) {
		String name = (username != null) ? username.toLowerCase(Locale.ROOT) : "";
		return (name.length() > 101) ? name.substring(0, 101) : name;
	}

	private static String pair(String client, String account) {
		return client + "\n" + account;
	}

}
