package org.backchannel.caching;

import org.backchannel.http.FilterOrder;
import org.backchannel.http.HandlerLookup;
import org.backchannel.http.ReadAdmission;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The response cache: {@link ResponseCacheFilter} keeps the answers of the handlers
 * marked {@link CachedResponse} (reader pages and API reads that show nothing but the
 * data and the request). It runs after Spring Security, so the client is known and every
 * response still gets the security and CORS headers, and after the API's ETag filter,
 * which hashes whatever it serves. It is inside the read admission, and serves what it
 * holds without taking a turn ({@link ResponseCacheFilter#admitsItself}).
 */
@Configuration(proxyBeanMethods = false)
class ResponseCacheConfiguration {

	/** 200 responses of at most 256 KB: the cache never holds more than 50 MB. */
	static final int MAX_BODY_SIZE = 256 * 1024;

	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(DataVersion dataVersion, VersionedCaches caches,
			ResponseCacheProperties properties, HandlerLookup handlers, ReadAdmission admission) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(new ResponseCacheFilter(
				dataVersion, caches.create("responses", properties.size(), ResponseCacheFilter.Response::tags),
				MAX_BODY_SIZE, new CachedHandlers(handlers), admission, properties.busyFrom()));
		registration.setOrder(FilterOrder.RESPONSE_CACHE);
		registration.setEnabled(properties.size() > 0);
		return registration;
	}

	/**
	 * The response cache takes the read's turn itself, only to build an answer
	 * ({@link ResponseCacheFilter#admitsItself}); without it, the admission takes it.
	 */
	@Bean
	ReadAdmission.AdmitsItself responseCacheAdmission(ResponseCacheProperties properties, HandlerLookup handlers) {
		CachedHandlers cacheable = new CachedHandlers(handlers);
		return (request) -> properties.size() > 0 && ResponseCacheFilter.admitsItself(request, cacheable);
	}

}
