package org.backchannel.web.api;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.servlet.http.HttpServletRequest;
import org.backchannel.database.DatabaseFailures;
import org.backchannel.http.PreconditionFailedException;
import org.backchannel.http.PreconditionRequiredException;
import org.backchannel.model.InUseException;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.StaleVersionException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;

import java.net.URI;
import java.util.Map;

import org.backchannel.event.EventCursor;
import org.backchannel.model.NotFoundException;
import org.backchannel.http.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API and the exports as RFC 9457 problem+json: a clear title and
 * detail, and for bad parameters which one is wrong and why. Never a stack trace, never
 * SQL. Errors raised before a controller is chosen (unknown route, wrong method) are
 * answered by {@link ApiRouteExceptionHandler}.
 */
// After the route errors (unknown path, wrong method or media type), before the pages'
// advices: the catch-all 500 below is the last resort.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final DatabaseFailures failures;

	ApiExceptionHandler(ObjectProvider<DataSource> dataSource) {
		this.failures = new DatabaseFailures(dataSource);
	}

	static final URI INVALID_PARAMETERS = URI.create("https://backchannel.example/problems/invalid-parameters");

	static final URI NOT_FOUND = URI.create("https://backchannel.example/problems/not-found");

	static final URI INTERNAL_ERROR = URI.create("https://backchannel.example/problems/internal-error");

	static final URI UNAVAILABLE = URI.create("https://backchannel.example/problems/database-unavailable");

	static final URI INVALID_INPUT = URI.create("https://backchannel.example/problems/invalid-input");

	static final URI CONFLICT = URI.create("https://backchannel.example/problems/conflict");

	static final URI PRECONDITION_FAILED = URI.create("https://backchannel.example/problems/precondition-failed");

	static final URI PRECONDITION_REQUIRED = URI.create("https://backchannel.example/problems/precondition-required");

	@ExceptionHandler
	ProblemDetail handleInvalidInput(InvalidInputException ex) {
		// Fields as the JSON names them (date, not when.date).
		Map<String, String> errors = ex.getJsonErrors();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.entrySet()
					.stream()
					.map((error) -> error.getKey() + " " + error.getValue())
					.reduce((a, b) -> a + " " + b)
					.orElse(""));
		problem.setType(INVALID_INPUT);
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				errors.entrySet()
					.stream()
					.map((error) -> Map.of("field", error.getKey(), "message", error.getValue()))
					.toList());
		return problem;
	}

	/** If-Match names none of the current tags: 412, naming the tag to read again. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handlePreconditionFailed(PreconditionFailedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setType(PRECONDITION_FAILED);
		problem.setTitle("Precondition failed");
		problem.setProperty("currentETag", ex.getCurrentETag());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.eTag(ex.getCurrentETag())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The If-Match check passed but someone wrote between it and this write: the
	 * precondition failed all the same.
	 */
	@ExceptionHandler
	ProblemDetail handleStale(StaleVersionException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"The record was changed by someone else meanwhile. Read it again and apply your change to what it "
						+ "is now.");
		problem.setType(PRECONDITION_FAILED);
		problem.setTitle("Precondition failed");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail handleConcurrentWrite(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The record was changed by someone else at the same moment. Reload it and apply your change again.");
		problem.setType(CONFLICT);
		problem.setTitle("Edit conflict");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail handleInUse(InUseException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(CONFLICT);
		problem.setTitle("Still in use");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail handlePreconditionRequired(PreconditionRequiredException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
		problem.setType(PRECONDITION_REQUIRED);
		problem.setTitle("If-Match required");
		return problem;
	}

	/**
	 * The database is away: 503 with Retry-After, nothing changed. Any other database
	 * error is a bug or a violated constraint: the 500 problem below.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> handleDatabase(Exception ex, HttpServletRequest request) {
		if (!this.failures.isOutage(ex)) {
			return ResponseEntity.internalServerError()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(handleUnexpected(ex));
		}
		log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is temporarily unavailable. Nothing was changed; please try again shortly.");
		problem.setType(UNAVAILABLE);
		problem.setTitle("Temporarily unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler
	ProblemDetail handleNotFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail handleInvalidParameters(InvalidParametersException ex) {
		return invalidParameters(ex.getErrors());
	}

	@ExceptionHandler
	ProblemDetail handleInvalidCursor(EventCursor.InvalidCursorException ex) {
		return invalidParameters(Map.of("cursor",
				"'cursor' is not one this API produced; start again without it, from the first page."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleSignInRequired(SignInRequiredException ex) {
		ProblemDetail problem = ex.isSignedIn() ? ApiProblems.forbidden(ex.getMessage())
				: ApiProblems.signInRequired(ex.getMessage());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (!ex.isSignedIn()) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, ApiProblems.BASIC_CHALLENGE);
		}
		return response.body(problem);
	}

	/**
	 * Anything unexpected: logged in full here, and only a plain sentence for the client.
	 */
	@ExceptionHandler
	ProblemDetail handleUnexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; please try again later.");
		problem.setType(INTERNAL_ERROR);
		problem.setTitle("Internal error");
		return problem;
	}

	/**
	 * A path or query value of the wrong type, e.g. {@code /api/sources/abc}: name the
	 * parameter instead of echoing a conversion error.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		Class<?> type = (ex.getRequiredType() != null) ? ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType())
				: Object.class;
		String expected = Number.class.isAssignableFrom(type) ? "a whole number" : "a valid value";
		return ResponseEntity.badRequest()
			.body(invalidParameters(Map.of(name, "'" + name + "' must be " + expected + ".")));
	}

	/**
	 * A body that is not JSON at all (or cannot be read): a 400 with the invalid-input
	 * type, like every other bad body.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"body is not well-formed JSON: send one JSON object, as the OpenAPI document describes.");
		problem.setType(INVALID_INPUT);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", java.util.List.of(Map.of("field", "body", "message",
				"is not well-formed JSON: send one JSON object, as the OpenAPI document describes.")));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * Every other error Spring MVC answers itself (a missing parameter, say): give its
	 * problem document a type, as every API error has.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			String name = (status != null) ? status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
					: "error";
			problem.setType(URI.create("https://backchannel.example/problems/" + name));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	static ProblemDetail invalidParameters(Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				String.join(" ", errors.values()));
		problem.setType(INVALID_PARAMETERS);
		problem.setTitle("Invalid query parameters");
		problem.setProperty("errors",
				errors.entrySet()
					.stream()
					.map((error) -> Map.of("parameter", error.getKey(), "message", error.getValue()))
					.toList());
		return problem;
	}

}
