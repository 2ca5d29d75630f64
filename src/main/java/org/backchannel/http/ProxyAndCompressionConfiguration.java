package org.backchannel.http;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters that sit outside all others: gzip for every text answer, so that it sees
 * the final body and ETag (see {@link CompressionFilter}), and the forwarded headers of
 * trusted reverse proxies (see {@link TrustedProxyFilter}), before anything builds a
 * link.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
class ProxyAndCompressionConfiguration {

	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(RateLimits limits) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(limits.trustedProxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
