package org.backchannel.web.page;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A parameter that does not parse (a number too large for its type, a word where a number
 * goes, an unknown value of a list) or a required one missing, on a page or on a JSON
 * answer outside the API (oEmbed): a 400 naming the parameter and what it must be, as the
 * error page or as problem+json, never Boot's JSON and never a 500. Only page
 * controllers: the API's own advice answers the API's.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
@ControllerAdvice(annotations = PageController.class)
class BadParameterHandler {

	static final URI INVALID_PARAMETER = URI.create("https://backchannel.example/problems/invalid-parameters");

	@ExceptionHandler
	Object handleTypeMismatch(TypeMismatchException ex, HandlerMethod handler) {
		String name = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: ex.getPropertyName();
		return answer(handler, "'" + name + "' must be " + expected(ex.getRequiredType()) + ".");
	}

	@ExceptionHandler
	Object handleMissing(MissingServletRequestParameterException ex, HandlerMethod handler) {
		return answer(handler, "'" + ex.getParameterName() + "' is required.");
	}

	private static Object answer(HandlerMethod handler, String message) {
		if (isBody(handler)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
			problem.setType(INVALID_PARAMETER);
			problem.setTitle("Invalid parameters");
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("status", 400);
		page.addObject("message", message);
		return page;
	}

	private static boolean isBody(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| handler.hasMethodAnnotation(ResponseBody.class)
				|| HttpEntity.class.isAssignableFrom(handler.getMethod().getReturnType());
	}

	/** What a value of this type looks like, in words. */
	static String expected(Class<?> type) {
		if (type == null) {
			return "a valid value";
		}
		if (type == Integer.class || type == int.class) {
			return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
		}
		if (type == Long.class || type == long.class) {
			return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD) in the years 1 to 9999";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a date and time (ISO 8601) in the years 1 to 9999";
		}
		if (Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		return "a valid value";
	}

}
