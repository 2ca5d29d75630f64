package org.backchannel.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow further attempts down ({@code backchannel.sign-in.*}). Past a
 * free allowance of failures, each further failure doubles the wait before the next
 * attempt is even checked, from {@code firstDelay} up to a cap. Three counts are kept:
 * per client and account (the one a user who mistypes meets), per client (one address
 * trying many names) and per account (many addresses trying one name). The account's is
 * the gentlest, with the lowest cap, because anyone can add to it: it slows a guessing
 * botnet down, but a flood cannot keep the real user out for more than
 * {@code maxAccountDelay} at a time.
 *
 * @param clientAccountAllowance failures from one client on one account before any wait
 * @param clientAllowance failures from one client, on any accounts, before any wait
 * @param accountAllowance failures on one account, from any clients, before any wait
 * @param firstDelay the first wait; it doubles with each further failure
 * @param maxDelay the longest wait of a client, or of a client on one account
 * @param maxAccountDelay the longest wait of an account (shorter: anyone can cause it)
 * @param forgetAfter failures are forgotten after this long without another
 */
@ConfigurationProperties("backchannel.sign-in")
public record SignInThrottling(@DefaultValue("3") int clientAccountAllowance, @DefaultValue("10") int clientAllowance,
		@DefaultValue("10") int accountAllowance, @DefaultValue("1s") Duration firstDelay,
		@DefaultValue("60s") Duration maxDelay, @DefaultValue("15s") Duration maxAccountDelay,
		@DefaultValue("15m") Duration forgetAfter) {

}
