package org.backchannel.http;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client's expensive anonymous reads (those whose handler is marked
 * {@link ExpensiveRead}: a search, a filter naming several actors, the CSV export, the
 * calendar and the feed, on the pages, the embed and the API alike) with a token bucket
 * per client address, kept where every instance sees it ({@link ReadBudget}): over the
 * limit a client gets 429 with Retry-After (problem+json on the API). Cheap reads and
 * signed-in users are never limited. The client is the connection's address, or the last
 * address in {@code X-Forwarded-For} that is not a trusted proxy, when the connection
 * comes from one.
 */
class ExpensiveReadRateLimitFilter extends OncePerRequestFilter {

	static final URI TOO_MANY = URI.create("https://backchannel.example/problems/too-many-requests");

	private final RateLimits limits;

	private final Refusals refusals;

	private final Function<HttpServletRequest, Optional<ExpensiveRead>> handlers;

	private final ReadBudget budget;

	ExpensiveReadRateLimitFilter(RateLimits limits, Refusals refusals,
			Function<HttpServletRequest, Optional<ExpensiveRead>> handlers) {
		this(limits, refusals, handlers, new LocalReadBudget(limits));
	}

	ExpensiveReadRateLimitFilter(RateLimits limits, Refusals refusals,
			Function<HttpServletRequest, Optional<ExpensiveRead>> handlers, ReadBudget budget) {
		this.limits = limits;
		this.refusals = refusals;
		this.handlers = handlers;
		this.budget = budget;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				|| request.getUserPrincipal() != null || !isExpensive(request);
	}

	boolean isExpensive(HttpServletRequest request) {
		return this.handlers.apply(request).map((read) -> switch (read.value()) {
			case ALWAYS -> true;
			case SEARCH_OR_SEVERAL_ACTORS -> searchesOrNamesSeveralActors(request);
		}).orElse(false);
	}

	private static boolean searchesOrNamesSeveralActors(HttpServletRequest request) {
		String q = request.getParameter("q");
		String[] actors = request.getParameterValues("actor");
		return (q != null && !q.isBlank()) || (actors != null && actors.length > 1);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long seconds = this.budget.take(client(request));
		if (seconds == 0) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.refusals.answer(request, response,
					new RefusedRequest(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY, "Too many requests",
							"Too many searches, multi-actor filters or exports from your address; " + "please wait "
									+ seconds + " seconds."));
		}
		else {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

	/**
	 * The client's address: the connection's, unless that is a trusted proxy; then the
	 * nearest address in X-Forwarded-For that is not one.
	 */
	String client(HttpServletRequest request) {
		return this.limits.clientAddress(request);
	}

}
