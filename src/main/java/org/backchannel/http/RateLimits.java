package org.backchannel.http;

import java.time.Duration;
import java.util.List;

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

}
