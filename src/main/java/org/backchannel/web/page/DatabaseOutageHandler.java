package org.backchannel.web.page;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backchannel.database.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database is unreachable, pages say so with the "temporarily unavailable" page
 * and a 503, quickly (the pool's connection timeout is short) and without a stack trace;
 * any other database error is the 500 page. The pool reconnects by itself once the
 * database is back. Only page controllers: the API has its own advice.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
@ControllerAdvice(annotations = PageController.class)
class DatabaseOutageHandler {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageHandler.class);

	private final DatabaseFailures failures;

	DatabaseOutageHandler(ObjectProvider<DataSource> dataSource) {
		this.failures = new DatabaseFailures(dataSource);
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView handleDataAccess(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!this.failures.isOutage(ex)) {
			throw ex; // a real bug or a constraint: the 500 page
		}
		log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER);
		ModelAndView page = new ModelAndView("unavailable");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

}
