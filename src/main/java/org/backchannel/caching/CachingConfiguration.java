package org.backchannel.caching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The caches' sizes, for {@link VersionedCaches} and {@link ResponseCacheFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QueryCacheProperties.class, ResponseCacheProperties.class })
class CachingConfiguration {

	/** What the writes changed, shared by every cache of this instance. */
	@Bean
	Generations cacheGenerations() {
		return new Generations();
	}

}
