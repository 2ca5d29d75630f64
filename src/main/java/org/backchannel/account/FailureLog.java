package org.backchannel.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backchannel.account.ThrottlePolicy.Failures;

/**
 * Where failed sign-ins are counted: in the database every instance shares
 * ({@link SharedFailureLog}), or in this instance's memory without one
 * ({@link LocalFailureLog}). Each count is under a key; the keys that concern an account
 * also name it, so that an unlock finds them all. A count not added to for
 * {@code forgetAfter} is forgotten.
 */
interface FailureLog {

	/**
	 * The counts under these keys that are not forgotten at {@code now}.
	 */
	Map<String, Failures> find(List<String> keys, Instant now);

	/**
	 * Adds a failure at {@code now} to each key's count (a forgotten count starts again
	 * at one).
	 */
	void count(List<Key> keys, Instant now);

	/** Forgets these counts. */
	void forget(List<String> keys);

	/** Forgets every count that names this account. */
	void forgetAccount(String account);

	/**
	 * A count's key, and the account it concerns ({@code null} for a client's own count).
	 */
	record Key(String key, String account) {

	}

}
