package org.backchannel.web.page;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backchannel.database.DatabaseFailures;
import org.backchannel.http.RefusedRequest;
import org.backchannel.http.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;

/**
 * The outage answer for whatever fails because the database is away outside the
 * controllers' advices: the session store's look-up before Spring Security, the security
 * context of a signed-in user, the sign-in page, a write's filters. The API gets its 503
 * problem+json with Retry-After, pages the "temporarily unavailable" page, rendered here
 * (not through an error dispatch, which would ask the session store again).
 *
 * <p>
 * One failure comes after the answer: the session store saves a signed-in user's session
 * once the response is complete, and looks the session up again to do it. If the database
 * froze in between, the answer has been sent (the status and part of the body are on the
 * wire) and nothing can replace it; failing the request then would only cut the
 * connection and lose the rest of a complete answer. So when the chain inside the session
 * store completed ({@link AnswerComplete}) and the response is committed, the failure is
 * logged and the answer finished.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	/** The same problem type as the API's advice gives an outage. */
	static final URI UNAVAILABLE = URI.create("https://backchannel.example/problems/database-unavailable");

	private final Refusals refusals;

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final DatabaseFailures failures;

	DatabaseOutageFilter(Refusals refusals, ObjectProvider<ThymeleafViewResolver> views,
			ObjectProvider<DataSource> dataSource) {
		this.refusals = refusals;
		this.views = views;
		this.failures = new DatabaseFailures(dataSource);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() && AnswerComplete.isComplete(request) && isOutage(ex)) {
				log.warn("The answer to {} {} was sent, but the session could not be saved: {}", request.getMethod(),
						request.getRequestURI(), ex.toString());
				return;
			}
			if (response.isCommitted() || !isOutage(ex)) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			answer(request, response);
		}
	}

	/**
	 * An outage by its cause, or a database failure that does not name its cause (a
	 * rollback on a connection already closed) while the database cannot be reached.
	 */
	private boolean isOutage(Throwable ex) {
		if (DatabaseFailures.causedByOutage(ex)) {
			return true;
		}
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof SQLException) {
				return this.failures.isOutage(ex);
			}
		}
		return false;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		response.reset();
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ThymeleafViewResolver resolver = this.views.getIfAvailable();
		if (path.startsWith("/api/") || resolver == null) {
			this.refusals.answer(request, response,
					new RefusedRequest(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Temporarily unavailable",
							"The database is temporarily unavailable. Nothing was changed; please try again shortly."));
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		try {
			View page = resolver.resolveViewName("unavailable", request.getLocale());
			page.render(Map.of(), request, response);
		}
		catch (Exception ex) {
			throw new ServletException("The outage page could not be rendered", ex);
		}
	}

	/**
	 * Marks a request whose handling inside the session store completed without an
	 * exception: its answer is whole, whatever the session store does after.
	 */
	static final class AnswerComplete extends OncePerRequestFilter {

		private static final String COMPLETE = AnswerComplete.class.getName() + ".COMPLETE";

		static boolean isComplete(HttpServletRequest request) {
			return request.getAttribute(COMPLETE) != null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, response);
			request.setAttribute(COMPLETE, Boolean.TRUE);
		}

	}

}
