package org.backchannel.caching;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether the handler Spring MVC will choose for a request is marked
 * {@link CachedResponse}: the request is looked up in the controllers' handler mapping
 * before it reaches the dispatcher, on a view of the request whose attributes the lookup
 * leaves untouched.
 */
class CachedHandlers implements Predicate<HttpServletRequest> {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	CachedHandlers(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public boolean test(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = this.mappings.getObject();
		HttpServletRequest lookup = new LookupRequest(request);
		ServletRequestPathUtils.parseAndCache(lookup);
		try {
			HandlerExecutionChain chain = mapping.getHandler(lookup);
			return chain != null && chain.getHandler() instanceof HandlerMethod method
					&& method.hasMethodAnnotation(CachedResponse.class);
		}
		catch (Exception ex) {
			// No handler takes it as asked (a media type none produces, a method none
			// allows): the dispatcher answers it, uncached.
			return false;
		}
	}

	/**
	 * The request with attributes of its own, so the lookup's (the parsed path, the
	 * matching pattern, URI variables) never reach the dispatcher.
	 */
	private static final class LookupRequest extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		LookupRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

	}

}
