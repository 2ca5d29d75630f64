package org.backchannel.watch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How watched sources are polled ({@code backchannel.watch.*}).
 *
 * @param pollingEnabled whether the scheduler polls at all (the tests turn it off)
 * @param tick how often the scheduler looks for sources that are due
 * @param maxBody the largest feed or page read; a larger one is refused unread
 * @param connectTimeout the time to open a connection
 * @param readTimeout the time for a whole answer, headers and body
 * @param maxItems the most items read from one feed in one poll
 * @param userAgent the User-Agent every request names the site with
 */
@ConfigurationProperties("backchannel.watch")
public record WatchProperties(@DefaultValue("true") boolean pollingEnabled, @DefaultValue("30s") Duration tick,
		@DefaultValue("10MB") DataSize maxBody, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout, @DefaultValue("100") int maxItems,
		@DefaultValue("Backchannel/1.0 (feed reader of the Backchannel tracker of US-Russia contacts)") String userAgent) {

}
