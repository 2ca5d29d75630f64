package org.backchannel.api;

import java.net.URI;
import java.util.Map;

import org.backchannel.event.EventCursor;
import org.backchannel.system.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem+json: a clear title and detail, and for bad
 * parameters which one is wrong and why. Never a stack trace, never SQL.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final URI INVALID_PARAMETERS = URI.create("https://backchannel.example/problems/invalid-parameters");

	static final URI NOT_FOUND = URI.create("https://backchannel.example/problems/not-found");

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
		return invalidParameters(Map.of("cursor", ex.getMessage()));
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
