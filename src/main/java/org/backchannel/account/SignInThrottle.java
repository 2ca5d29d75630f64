package org.backchannel.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.backchannel.account.FailureLog.Key;
import org.backchannel.account.ThrottlePolicy.Failures;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The failed sign-ins of the last minutes, and whether a new attempt must wait (see
 * {@link SignInThrottling}). An attempt that comes too early is refused like a wrong
 * password and is not counted, so waiting out the delay is always enough. The counts are
 * kept in the database every instance shares ({@link SharedFailureLog}), so the
 * allowances hold for the site, however many instances answer; without a database (unit
 * tests) in memory.
 */
@Component
public class SignInThrottle {

	private final ThrottlePolicy clientAccountPolicy;

	private final ThrottlePolicy clientPolicy;

	private final ThrottlePolicy accountPolicy;

	private final FailureLog failures;

	private final Clock clock;

	@Autowired
	SignInThrottle(SignInThrottling settings, Optional<Clock> clock, ObjectProvider<DataSource> dataSource) {
		this(settings, clock.orElse(Clock.systemUTC()), log(settings, dataSource.getIfAvailable()));
	}

	private static FailureLog log(SignInThrottling settings, DataSource dataSource) {
		return (dataSource != null) ? new SharedFailureLog(dataSource, settings.forgetAfter())
				: new LocalFailureLog(settings.forgetAfter());
	}

	SignInThrottle(SignInThrottling settings, Optional<Clock> clock) {
		this(settings, clock.orElse(Clock.systemUTC()), new LocalFailureLog(settings.forgetAfter()));
	}

	SignInThrottle(SignInThrottling settings, Clock clock, FailureLog failures) {
		this.clientAccountPolicy = new ThrottlePolicy(settings.clientAccountAllowance(), settings.firstDelay(),
				settings.maxDelay());
		this.clientPolicy = new ThrottlePolicy(settings.clientAllowance(), settings.firstDelay(), settings.maxDelay());
		this.accountPolicy = new ThrottlePolicy(settings.accountAllowance(), settings.firstDelay(),
				settings.maxAccountDelay());
		this.failures = failures;
		this.clock = clock;
	}

	/**
	 * Whether an attempt from this client on this account must wait longer.
	 */
	public boolean isThrottled(String client, String username) {
		Instant now = this.clock.instant();
		String account = account(username);
		Map<String, Failures> counts = this.failures
			.find(List.of(pair(client, account), clientKey(client), accountKey(account)), now);
		return this.clientAccountPolicy.blocks(counts.get(pair(client, account)), now)
				|| this.clientPolicy.blocks(counts.get(clientKey(client)), now)
				|| this.accountPolicy.blocks(counts.get(accountKey(account)), now);
	}

	void recordFailure(String client, String username) {
		String account = account(username);
		this.failures.count(List.of(new Key(pair(client, account), account), new Key(clientKey(client), null),
				new Key(accountKey(account), account)), this.clock.instant());
	}

	/**
	 * A right password proves the user: their own failures are forgotten, those of the
	 * client on other accounts are not.
	 */
	void recordSuccess(String client, String username) {
		String account = account(username);
		this.failures.forget(List.of(pair(client, account), accountKey(account)));
	}

	/**
	 * Forgets every failure on this account, from every client (an admin's "unlock").
	 */
	public void unlock(String username) {
		this.failures.forgetAccount(account(username));
	}

	/**
	 * When this account's own wait (the one every client meets) ends, if it is waiting.
	 */
	public Optional<Instant> accountWaitsUntil(String username) {
		Instant now = this.clock.instant();
		String key = accountKey(account(username));
		Failures failures = this.failures.find(List.of(key), now).get(key);
		if (!this.accountPolicy.blocks(failures, now)) {
			return Optional.empty();
		}
		return Optional.of(failures.last().plus(this.accountPolicy.wait(failures.count())));
	}

	/**
	 * How many failed sign-ins on this account are remembered.
	 */
	public int accountFailures(String username) {
		String key = accountKey(account(username));
		Failures failures = this.failures.find(List.of(key), this.clock.instant()).get(key);
		return (failures != null) ? failures.count() : 0;
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
		return "p\n" + client + "\n" + account;
	}

	private static String clientKey(String client) {
		return "c\n" + client;
	}

	private static String accountKey(String account) {
		return "a\n" + account;
	}

}
