package org.backchannel.caching;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.backchannel.http.HandlerLookup;

/**
 * Whether the handler Spring MVC will choose for a request is marked
 * {@link CachedResponse}.
 */
class CachedHandlers implements Predicate<HttpServletRequest> {

	private final HandlerLookup handlers;

	CachedHandlers(HandlerLookup handlers) {
		this.handlers = handlers;
	}

	@Override
	public boolean test(HttpServletRequest request) {
		return this.handlers.find(request)
			.map((method) -> method.hasMethodAnnotation(CachedResponse.class))
			.orElse(false);
	}

}
