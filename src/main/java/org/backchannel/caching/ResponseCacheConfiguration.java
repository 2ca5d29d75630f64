package org.backchannel.caching;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The responses {@link ResponseCacheFilter} may keep: reader pages and API reads that
 * show nothing but the data and the request. It runs after Spring Security, so the client
 * is known and every response still gets the security and CORS headers, and after the
 * API's ETag filter, which hashes whatever it serves.
 */
@Configuration(proxyBeanMethods = false)
class ResponseCacheConfiguration {

	/** 200 responses of at most 256 KB: the cache never holds more than 50 MB. */
	static final int MAX_BODY_SIZE = 256 * 1024;

	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(DataVersion dataVersion,
			@Value("${backchannel.response-cache.size:200}") int capacity) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(
				new ResponseCacheFilter(dataVersion, capacity, MAX_BODY_SIZE));
		registration.addUrlPatterns("/", "/events/*", "/actors", "/actors/*", "/proposals", "/proposals/*",
				"/sources/*", "/stats", "/api/events", "/api/events/*", "/api/actors", "/api/actors/*",
				"/api/proposals", "/api/proposals/*", "/api/sources", "/api/sources/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		registration.setEnabled(capacity > 0);
		return registration;
	}

}
