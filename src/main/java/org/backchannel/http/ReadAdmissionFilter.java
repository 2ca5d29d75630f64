package org.backchannel.http;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@link ReadLimits#maxConcurrent()} anonymous reads at the database at
 * once, so a flood of expensive reads cannot take every pooled connection: writes,
 * sign-in and the readiness probe keep theirs. A read that does not get its turn within
 * {@link ReadLimits#queueWait()} is answered 503 with Retry-After (problem+json for the
 * API, the error page for readers).
 */
class ReadAdmissionFilter extends OncePerRequestFilter {

	static final URI BUSY = URI.create("https://backchannel.example/problems/busy");

	static final String RETRY_AFTER = "2";

	/** Not reads of the public record: admin, sign-in, health, static files. */
	private static final List<String> EXEMPT = List.of("/admin", "/login", "/logout", "/actuator", "/assets/",
			"/webjars/", "/favicon");

	private final Semaphore permits;

	private final ReadLimits limits;

	private final Refusals refusals;

	ReadAdmissionFilter(ReadLimits limits, Refusals refusals) {
		this.limits = limits;
		this.permits = new Semaphore(Math.max(1, limits.maxConcurrent()), true);
		this.refusals = refusals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return EXEMPT.stream().anyMatch(path::startsWith) || request.getUserPrincipal() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.refusals.answer(request, response, new RefusedRequest(HttpStatus.SERVICE_UNAVAILABLE, BUSY, "Too busy",
					"Too many reads are running at once; please try again in a few seconds."));
		}
		else {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

}
