package org.backchannel.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client's expensive anonymous reads (a search, a filter naming several
 * actors, the CSV export, the calendar and the feed) with a token bucket per client
 * address: over the limit a client gets 429 with Retry-After (problem+json on the API).
 * Cheap reads and signed-in users are never limited. The client is the connection's
 * address, or the last address in {@code X-Forwarded-For} that is not a trusted proxy,
 * when the connection comes from one.
 */
class ExpensiveReadRateLimitFilter extends OncePerRequestFilter {

	static final URI TOO_MANY = URI.create("https://backchannel.example/problems/too-many-requests");

	private static final List<String> EXPORTS = List.of("/api/events.csv", "/calendar.ics", "/feed.atom");

	private final RateLimits limits;

	private final JsonMapper json;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	ExpensiveReadRateLimitFilter(RateLimits limits, JsonMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				|| request.getUserPrincipal() != null || !isExpensive(request);
	}

	static boolean isExpensive(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (EXPORTS.contains(path)) {
			return true;
		}
		if (!path.equals("/") && !path.equals("/api/events")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String[] actors = request.getParameterValues("actor");
		String q = request.getParameter("q");
		return (q != null && !q.isBlank()) || (actors != null && actors.length > 1) || prefersCsv(accept);
	}

	/**
	 * Whether the CSV export is what this Accept asks for: text/csv ranked first. A
	 * client that lists it after JSON (as generated clients do) reads JSON pages.
	 */
	static boolean prefersCsv(String accept) {
		if (accept == null || !accept.contains("text/csv")) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			double best = types.stream().mapToDouble(MediaType::getQualityValue).max().orElse(0);
			return types.stream()
				.filter((type) -> type.getQualityValue() == best)
				.findFirst()
				.map((type) -> type.isCompatibleWith(CSV) && !type.isWildcardSubtype())
				.orElse(false);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.get(client(request),
				(key) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.limits.expensiveReads())
						.refillGreedy(this.limits.expensiveReads(), this.limits.period())
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemResponses.write(this.json, request, response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY,
					"Too many requests", "Too many searches, multi-actor filters or exports from your address; "
							+ "please wait " + seconds + " seconds.");
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
