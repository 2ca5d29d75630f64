package org.backchannel.watch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Watched sources' settings and the scheduler that polls them (which does nothing while
 * {@code backchannel.watch.polling-enabled} is false, or while no source is watched).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WatchProperties.class)
class WatchConfiguration {

	/**
	 * The scheduler runs in the web application only: a run without a web server (the
	 * benchmark's generator, a migration before a start) exits when its work is done,
	 * where the scheduler's thread kept it alive for ever.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	@EnableScheduling
	static class Polling {

	}

}
