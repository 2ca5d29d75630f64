package org.backchannel.caching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The caches' sizes, for {@link VersionedCaches} and {@link ResponseCacheFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QueryCacheProperties.class, ResponseCacheProperties.class })
class CachingConfiguration {

}
