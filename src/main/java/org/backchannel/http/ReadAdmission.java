package org.backchannel.http;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The turns of anonymous reads at the database: at most
 * {@link ReadLimits#maxConcurrent()} at once, so a flood of expensive reads cannot take
 * every pooled connection (writes, sign-in and the readiness probe keep theirs). A read
 * that does not get its turn within {@link ReadLimits#queueWait()} is answered 503 with
 * Retry-After (problem+json for the API, the error page for readers).
 * <p>
 * {@link ReadAdmissionFilter} takes the turn for the whole request, except for the
 * requests a filter inside it admits itself ({@link AdmitsItself}): the response cache
 * takes a turn only to build an answer, so an answer it already holds is served without
 * queueing behind the reads that do reach the database.
 */
public final class ReadAdmission {

	static final URI BUSY = URI.create("https://backchannel.example/problems/busy");

	static final String RETRY_AFTER = "2";

	/** Not reads of the public record: admin, sign-in, health, static files. */
	private static final List<String> EXEMPT = List.of("/admin", "/login", "/logout", "/actuator", "/assets/",
			"/webjars/", "/favicon");

	/** The request attribute set while a request holds a turn. */
	private static final String HELD = ReadAdmission.class.getName() + ".held";

	private final Semaphore permits;

	private final ReadLimits limits;

	private final Refusals refusals;

	ReadAdmission(ReadLimits limits, Refusals refusals) {
		this.limits = limits;
		this.permits = new Semaphore(Math.max(1, limits.maxConcurrent()), true);
		this.refusals = refusals;
	}

	/**
	 * Whether the request is an anonymous read of the public record, which takes a turn
	 * before it reads the database.
	 */
	public boolean governs(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return EXEMPT.stream().noneMatch(path::startsWith) && request.getUserPrincipal() == null;
	}

	/**
	 * Takes a turn for the request, unless it holds one already or is not governed,
	 * waiting at most the queue wait.
	 * @return whether the request may go on; if not, it has been answered 503
	 */
	public boolean enter(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!tryEnter(request)) {
			busy(request, response);
			return false;
		}
		return true;
	}

	/**
	 * Takes a turn as {@link #enter} does, but answers nothing when none came within the
	 * queue wait: for work done after the request was answered.
	 * @return whether the request holds a turn now (or needs none)
	 */
	public boolean tryEnter(HttpServletRequest request) {
		if (request.getAttribute(HELD) != null || !governs(request)) {
			return true;
		}
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (admitted) {
			request.setAttribute(HELD, Boolean.TRUE);
		}
		return admitted;
	}

	/** Gives the request's turn back, if it holds one. */
	public void leave(HttpServletRequest request) {
		if (request.getAttribute(HELD) != null) {
			request.removeAttribute(HELD);
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

	/**
	 * A filter inside the admission that takes the turn itself ({@link #enter}) for the
	 * part of a request that reads the database, instead of the admission taking it for
	 * the whole request.
	 */
	@FunctionalInterface
	public interface AdmitsItself {

		/** Whether this filter takes the turn for this request itself. */
		boolean admitsItself(HttpServletRequest request);

	}

}
