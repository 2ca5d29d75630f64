package org.backchannel.web.api;

import org.backchannel.http.ApiPaths;

import java.net.URI;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before any controller is chosen: an unknown route, a method or media type
 * no endpoint takes. Under the API and export paths they are problem+json like every
 * other API error; elsewhere the exception is rethrown, which hands it on unchanged to
 * the HTML error handling.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RestControllerAdvice
class ApiRouteExceptionHandler {

	static final URI UNSUPPORTED = URI.create("https://backchannel.example/problems/unsupported-request");

	/**
	 * No handler at all (static files are served only under /assets/), or a static path
	 * with no file.
	 */
	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> handleNoRoute(Exception ex, HttpServletRequest request) throws Exception {
		requireApi(ex, request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no resource at "
				+ request.getRequestURI() + "; the OpenAPI document at /v3/api-docs lists every endpoint.");
		problem.setType(ApiExceptionHandler.NOT_FOUND);
		problem.setTitle("Not found");
		return problem(problem, new HttpHeaders());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		requireApi(ex, request);
		String allowed = (ex.getSupportedHttpMethods() != null)
				? ex.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))
				: "GET";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, "The method "
				+ ex.getMethod() + " is not allowed on " + request.getRequestURI() + "; allowed: " + allowed + ".");
		problem.setType(UNSUPPORTED);
		problem.setTitle("Method not allowed");
		HttpHeaders headers = new HttpHeaders();
		if (ex.getSupportedHttpMethods() != null) {
			headers.setAllow(ex.getSupportedHttpMethods());
		}
		return problem(problem, headers);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleContentType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		requireApi(ex, request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The content type "
				+ ex.getContentType() + " is not accepted here; the API reads and writes application/json.");
		problem.setType(UNSUPPORTED);
		problem.setTitle("Unsupported media type");
		return problem(problem, new HttpHeaders());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleAccept(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
			throws HttpMediaTypeNotAcceptableException {
		requireApi(ex, request);
		String offered = ex.getSupportedMediaTypes().isEmpty() ? "application/json"
				: MediaType.toString(ex.getSupportedMediaTypes());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
				"None of the media types in Accept can be served here; available: " + offered + ".");
		problem.setType(UNSUPPORTED);
		problem.setTitle("Not acceptable");
		return problem(problem, new HttpHeaders());
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpHeaders headers) {
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	private static <E extends Exception> void requireApi(E ex, HttpServletRequest request) throws E {
		if (!ApiPaths.isApi(request.getRequestURI().substring(request.getContextPath().length()))) {
			throw ex;
		}
	}

}
