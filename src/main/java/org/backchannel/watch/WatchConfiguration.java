package org.backchannel.watch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Watched sources' settings and the scheduler that polls them (which does nothing while
 * {@code backchannel.watch.polling-enabled} is false, or while no source is watched).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(WatchProperties.class)
class WatchConfiguration {

}
