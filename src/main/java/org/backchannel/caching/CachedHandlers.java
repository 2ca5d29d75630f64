package org.backchannel.caching;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.backchannel.http.HandlerLookup;

/**
 * The {@link CachedResponse} of the handler Spring MVC will choose for a request, if it
 * is marked so.
 */
class CachedHandlers implements Function<HttpServletRequest, Optional<CachedResponse>> {

	private final HandlerLookup handlers;

	CachedHandlers(HandlerLookup handlers) {
		this.handlers = handlers;
	}

	@Override
	public Optional<CachedResponse> apply(HttpServletRequest request) {
		return this.handlers.find(request).map((method) -> method.getMethodAnnotation(CachedResponse.class));
	}

}
