package org.backchannel.web.page;

import org.backchannel.http.ApiProblems;
import org.backchannel.http.ProblemResponses;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database is unreachable, pages say so with a 503 page and the API with a 503
 * problem+json, quickly (the pool's connection timeout is short) and without a stack
 * trace. The pool reconnects by itself once the database is back.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class DatabaseOutageHandler {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageHandler.class);

	static final URI INTERNAL_ERROR = URI.create("https://backchannel.example/problems/internal-error");

	static final URI UNAVAILABLE = URI.create("https://backchannel.example/problems/database-unavailable");

	/** Seconds a client should wait before trying again. */
	static final String RETRY_AFTER = "10";

	private final ObjectProvider<DataSource> dataSource;

	private final JsonMapper json;

	DatabaseOutageHandler(ObjectProvider<DataSource> dataSource, JsonMapper json) {
		this.dataSource = dataSource;
		this.json = json;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	Object handleDataAccess(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (!isOutage(ex) && isDatabaseReachable()) {
			if (!api) {
				throw ex; // a real bug or a constraint: the 500 page
			}
			// Never the servlet container's JSON: the API's own 500 problem document.
			log.error("Unexpected database error in the API", ex);
			ProblemResponses.write(this.json, request, response, ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR,
					INTERNAL_ERROR, "Internal error", "Something went wrong on our side; please try again later."));
			return new ModelAndView();
		}
		log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		if (api) {
			ProblemResponses.write(this.json, request, response, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE,
					"Temporarily unavailable",
					"The database is temporarily unavailable. Nothing was changed; please try again shortly.");
			return new ModelAndView(); // the response is written: nothing to render
		}
		ModelAndView page = new ModelAndView("unavailable");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	/**
	 * Asked when a failure does not name its cause clearly (a rollback failing on a
	 * connection the server already dropped, say): can the pool reach the database now?
	 */
	private boolean isDatabaseReachable() {
		DataSource database = this.dataSource.getIfAvailable();
		if (database == null) {
			return true; // a web slice test without a database: nothing to probe
		}
		try (Connection connection = database.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Whether the failure is the database being out of reach, as opposed to a bad query
	 * or a violated constraint.
	 */
	static boolean isOutage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof RecoverableDataAccessException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true; // connection exception, or the server shutting down
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
