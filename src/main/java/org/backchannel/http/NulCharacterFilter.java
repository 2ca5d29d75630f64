package org.backchannel.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL text cannot hold the NUL character, so a NUL in a query or form parameter
 * would fail deep in a query. It carries no meaning in a search or a filter: it is
 * dropped at the door. A request with a body is left alone here: its parameters are read
 * (NUL dropped) only once security lets its body be read ({@link RequestBodies}), so
 * nothing here waits for a body.
 */
class NulCharacterFilter extends OncePerRequestFilter {

	private static WithParameters withoutNul(HttpServletRequest request) {
		Map<String, String[]> cleaned = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			String[] copy = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				copy[i] = (values[i] != null) ? values[i].replace("\u0000", "") : null;
			}
			cleaned.put(name, copy);
		});
		return new WithParameters(request, cleaned);
	}

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
		chain.doFilter(hasNul ? withoutNul(request) : request, response);
	}

}
