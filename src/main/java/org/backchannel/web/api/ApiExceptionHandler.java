package org.backchannel.web.api;

import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import org.backchannel.database.DatabaseFailures;
import org.backchannel.event.EventCursor;
import org.backchannel.http.ApiProblems;
import org.backchannel.http.PreconditionFailedException;
import org.backchannel.http.PreconditionRequiredException;
import org.backchannel.http.RefusedRequest;
import org.backchannel.model.InUseException;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.util.ClassUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the API and the exports as RFC 9457 problem+json: a clear title and
 * detail, and for bad parameters which one is wrong and why. Never a stack trace, never
 * SQL. It answers the API's controllers ({@link ApiController}), and under the API's
 * paths what fails before any controller is chosen: an unknown route, a method or media
 * type no endpoint takes, a request a filter refuses
 * ({@link org.backchannel.http.RefusedRequest}). Any other request's error is handed on
 * unchanged: the pages' advices, ordered before this one and scoped to the page
 * controllers, or Boot's error pages. It comes before Boot's own problem advice
 * (spring.mvc.problemdetails), which it leaves nothing to.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final DatabaseFailures failures;

	ApiExceptionHandler(ObjectProvider<DataSource> dataSource) {
		this.failures = new DatabaseFailures(dataSource);
	}

	@ExceptionHandler
	ProblemDetail handleInvalidInput(InvalidInputException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return invalidInput(ex);
	}

	private static ProblemDetail invalidInput(InvalidInputException ex) {
		// Fields as the JSON names them (date, not when.date).
		Map<String, String> errors = ex.getJsonErrors();
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, ApiProblems.INVALID_INPUT, "Invalid input",
				errors.entrySet()
					.stream()
					.map((error) -> error.getKey() + " " + error.getValue())
					.reduce((a, b) -> a + " " + b)
					.orElse(""));
		problem.setProperty("errors",
				errors.entrySet()
					.stream()
					.map((error) -> Map.of("field", error.getKey(), "message", error.getValue()))
					.toList());
		return problem;
	}

	/** If-Match names none of the current tags: 412, naming the tag to read again. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handlePreconditionFailed(PreconditionFailedException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setType(ApiProblems.PRECONDITION_FAILED);
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
	ProblemDetail handleStale(StaleVersionException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return ApiProblems.of(HttpStatus.PRECONDITION_FAILED, ApiProblems.PRECONDITION_FAILED, "Precondition failed",
				"The record was changed by someone else meanwhile. Read it again and apply your change to what it "
						+ "is now.");
	}

	@ExceptionHandler
	ProblemDetail handleConcurrentWrite(OptimisticLockingFailureException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return ApiProblems.of(HttpStatus.CONFLICT, ApiProblems.CONFLICT, "Edit conflict",
				"The record was changed by someone else at the same moment. Reload it and apply your change again.");
	}

	@ExceptionHandler
	ProblemDetail handleInUse(InUseException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return ApiProblems.of(HttpStatus.CONFLICT, ApiProblems.CONFLICT, "Still in use", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail handlePreconditionRequired(PreconditionRequiredException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return ApiProblems.of(HttpStatus.PRECONDITION_REQUIRED, ApiProblems.PRECONDITION_REQUIRED, "If-Match required",
				ex.getMessage());
	}

	/**
	 * The database is away: 503 with Retry-After, nothing changed. Any other database
	 * error is a bug or a violated constraint: the 500 problem below.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> handleDatabase(Exception ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		if (!this.failures.isOutage(ex)) {
			return ResponseEntity.internalServerError()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(unexpected(ex));
		}
		log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		ProblemDetail problem = ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, ApiProblems.UNAVAILABLE,
				"Temporarily unavailable",
				"The database is temporarily unavailable. Nothing was changed; please try again shortly.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler
	ProblemDetail handleNotFound(NotFoundException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return ApiProblems.of(HttpStatus.NOT_FOUND, ApiProblems.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail handleInvalidParameters(InvalidParametersException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return invalidParameters(ex.getErrors());
	}

	@ExceptionHandler
	ProblemDetail handleInvalidCursor(EventCursor.InvalidCursorException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return invalidParameters(Map.of("cursor",
				"'cursor' is not one this API produced; start again without it, from the first page."));
	}

	@ExceptionHandler
	ResponseEntity<Object> handleSignInRequired(SignInRequiredException ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		HttpHeaders headers = new HttpHeaders();
		if (!ex.isSignedIn()) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, ApiProblems.BASIC_CHALLENGE);
		}
		return problem(
				ex.isSignedIn() ? ApiProblems.forbidden(ex.getMessage()) : ApiProblems.signInRequired(ex.getMessage()),
				headers);
	}

	/** A request a filter or Spring Security refused: its problem and headers. */
	@ExceptionHandler
	ResponseEntity<Object> handleRefused(RefusedRequest ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return problem(ex.getBody(), ex.getHeaders());
	}

	/**
	 * Anything unexpected: logged in full here, and only a plain sentence for the client.
	 */
	@ExceptionHandler
	ProblemDetail handleUnexpected(Exception ex, HttpServletRequest request) {
		ApiRequests.requireApi(ex, request);
		return unexpected(ex);
	}

	private static ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		return ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, ApiProblems.INTERNAL_ERROR, "Internal error",
				"Something went wrong on our side; please try again later.");
	}

	/**
	 * A path or query value of the wrong type, e.g. {@code /api/sources/abc}: name the
	 * parameter instead of echoing a conversion error.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ApiRequests.requireApi(ex, request);
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		Class<?> type = (ex.getRequiredType() != null) ? ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType())
				: Object.class;
		String expected = Number.class.isAssignableFrom(type) ? "a whole number" : "a valid value";
		return ResponseEntity.badRequest()
			.body(invalidParameters(Map.of(name, "'" + name + "' must be " + expected + ".")));
	}

	/**
	 * A body Jackson refused: a 400 naming the field as the JSON does and what is wrong
	 * with it (an unknown field, a value of the wrong kind), or the body itself when it
	 * is not a JSON object or not JSON at all.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ApiRequests.requireApi(ex, request);
		Map.Entry<String, String> field = JsonBodyErrors.of(ex, ((ServletWebRequest) request).getRequest());
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(invalidInput(InvalidInputException.of(field.getKey(), field.getValue())));
	}

	/**
	 * Every other error Spring MVC answers itself (a missing parameter, say): give its
	 * problem document a type, as every API error has.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ApiRequests.requireApi(ex, request);
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(ApiProblems.typeOf(statusCode));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * No route at all (static files are served only under /assets/), or a static path
	 * with no file.
	 */
	@Override
	protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return noRoute(ex, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return noRoute(ex, request);
	}

	private static ResponseEntity<Object> noRoute(Exception ex, WebRequest request) {
		ApiRequests.requireApi(ex, request);
		return problem(
				ApiProblems
					.of(HttpStatus.NOT_FOUND, ApiProblems.NOT_FOUND, "Not found",
							"There is no resource at " + ApiRequests.uri(request)
									+ "; the OpenAPI document at /v3/api-docs lists every endpoint."),
				new HttpHeaders());
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ApiRequests.requireApi(ex, request);
		String allowed = (ex.getSupportedHttpMethods() != null)
				? ex.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))
				: "GET";
		HttpHeaders allow = new HttpHeaders();
		if (ex.getSupportedHttpMethods() != null) {
			allow.setAllow(ex.getSupportedHttpMethods());
		}
		return problem(ApiProblems.of(HttpStatus.METHOD_NOT_ALLOWED, ApiProblems.UNSUPPORTED, "Method not allowed",
				"The method " + ex.getMethod() + " is not allowed on " + ApiRequests.uri(request) + "; allowed: "
						+ allowed + "."),
				allow);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ApiRequests.requireApi(ex, request);
		return problem(
				ApiProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiProblems.UNSUPPORTED, "Unsupported media type",
						"The content type " + ex.getContentType()
								+ " is not accepted here; the API reads and writes application/json."),
				new HttpHeaders());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ApiRequests.requireApi(ex, request);
		String offered = ex.getSupportedMediaTypes().isEmpty() ? "application/json"
				: MediaType.toString(ex.getSupportedMediaTypes());
		return problem(
				ApiProblems.of(HttpStatus.NOT_ACCEPTABLE, ApiProblems.UNSUPPORTED, "Not acceptable",
						"None of the media types in Accept can be served here; available: " + offered + "."),
				new HttpHeaders());
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	static ProblemDetail invalidParameters(Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				String.join(" ", errors.values()));
		problem.setType(ApiProblems.INVALID_PARAMETERS);
		problem.setTitle("Invalid query parameters");
		problem.setProperty("errors",
				errors.entrySet()
					.stream()
					.map((error) -> Map.of("parameter", error.getKey(), "message", error.getValue()))
					.toList());
		return problem;
	}

}
