package org.backchannel.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL text cannot hold the NUL character, so a NUL in a query or form parameter
 * would fail deep in a query. It carries no meaning in a search or a filter: it is
 * dropped at the door. A request with a body is left alone here: its parameters are read
 * (NUL dropped) only once security lets its body be read ({@link RequestBodies}), so
 * nothing here waits for a body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (RequestBodies.hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		boolean hasNul = request.getParameterMap()
			.values()
			.stream()
			.flatMap((values) -> Arrays.stream(values))
			.anyMatch((value) -> value != null && value.indexOf('\u0000') >= 0);
		chain.doFilter(hasNul ? new WithoutNul(request) : request, response);
	}

	private static final class WithoutNul extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		WithoutNul(HttpServletRequest request) {
			super(request);
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> {
				String[] copy = new String[values.length];
				for (int i = 0; i < values.length; i++) {
					copy[i] = (values[i] != null) ? values[i].replace("\u0000", "") : null;
				}
				cleaned.put(name, copy);
			});
			this.parameters = Collections.unmodifiableMap(cleaned);
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

}
