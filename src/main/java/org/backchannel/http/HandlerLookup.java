package org.backchannel.http;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The controller method Spring MVC will choose for a request (by path, method and the
 * media types asked for), found before the request reaches the dispatcher, so that a
 * filter can act on what the handler does: the request is looked up on a view of it whose
 * attributes the lookup leaves untouched.
 */
public class HandlerLookup {

	private static final String FOUND = HandlerLookup.class.getName() + ".found";

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	public HandlerLookup(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/**
	 * The handler method for the request, if one takes it as asked.
	 * @param request the request
	 * @return its handler method; empty when none takes it (a media type none produces, a
	 * method none allows): the dispatcher answers it
	 */
	public Optional<HandlerMethod> find(HttpServletRequest request) {
		// Several filters ask for the same request: looked up once per request and
		// dispatch.
		if (request.getAttribute(FOUND) instanceof Found found && found.uri().equals(request.getRequestURI())
				&& found.dispatch() == request.getDispatcherType()) {
			return found.method();
		}
		Optional<HandlerMethod> method = lookUp(request);
		request.setAttribute(FOUND, new Found(request.getRequestURI(), request.getDispatcherType(), method));
		return method;
	}

	private Optional<HandlerMethod> lookUp(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = this.mappings.getObject();
		HttpServletRequest lookup = new LookupRequest(request);
		ServletRequestPathUtils.parseAndCache(lookup);
		try {
			HandlerExecutionChain chain = mapping.getHandler(lookup);
			return (chain != null && chain.getHandler() instanceof HandlerMethod method) ? Optional.of(method)
					: Optional.empty();
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

	private record Found(String uri, DispatcherType dispatch, Optional<HandlerMethod> method) {
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
