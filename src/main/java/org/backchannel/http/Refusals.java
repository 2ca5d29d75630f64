package org.backchannel.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers a request a filter or Spring Security refuses, on the API's paths, the way
 * every other API error is answered: through Spring MVC's exception resolvers, hence the
 * API's one advice. (Without them, a web slice say, the status alone.)
 */
public class Refusals {

	private final ObjectProvider<HandlerExceptionResolver> resolvers;

	/**
	 * @param resolvers Spring MVC's {@code handlerExceptionResolver}, looked up at the
	 * first refusal (filters are made before it)
	 */
	public Refusals(ObjectProvider<HandlerExceptionResolver> resolvers) {
		this.resolvers = resolvers;
	}

	public void answer(HttpServletRequest request, HttpServletResponse response, RefusedRequest refusal)
			throws IOException {
		HandlerExceptionResolver resolver = this.resolvers.getIfAvailable();
		if (resolver == null || resolver.resolveException(request, response, null, refusal) == null) {
			refusal.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.sendError(refusal.getStatusCode().value(), refusal.getBody().getDetail());
		}
	}

}
