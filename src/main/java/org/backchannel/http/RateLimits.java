package org.backchannel.http;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client may send an expensive anonymous read (a search, a filter naming
 * several actors, an export or subscription) ({@code backchannel.rate-limit.*}).
 *
 * @param expensiveReads how many expensive reads one client may send per {@code period},
 * in bursts
 * @param period the period over which {@code expensiveReads} refill
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is
 * believed; none by default, so the header is ignored and every client is its own address
 */
@ConfigurationProperties("backchannel.rate-limit")
public record RateLimits(@DefaultValue("60") int expensiveReads, @DefaultValue("1m") Duration period,
		@DefaultValue List<String> trustedProxies) {

	/** The longest address a client is told apart by. */
	static final int MAX_ADDRESS = 64;

	/**
	 * The client's address: the connection's, unless that is a trusted proxy; then the
	 * nearest address in X-Forwarded-For that is not one. Used by the rate limits and by
	 * the sign-in throttling alike.
	 * @param request the request
	 * @return the address the client is told apart by
	 */
	public String clientAddress(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (!this.trustedProxies.contains(address)) {
			return address;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null) {
			return address;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !this.trustedProxies.contains(hop)) {
				// an address is at most 45 characters (IPv6 with IPv4): a longer one is
				// cut,
				// so that what a client sends cannot make the counts' keys any longer
				return (hop.length() > MAX_ADDRESS) ? hop.substring(0, MAX_ADDRESS) : hop;
			}
		}
		return address;
	}

}
