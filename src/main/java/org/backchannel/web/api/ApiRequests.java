package org.backchannel.web.api;

import jakarta.servlet.http.HttpServletRequest;

import org.backchannel.http.ApiPaths;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Which requests the API's advice answers, and handing on the errors of all others.
 */
final class ApiRequests {

	private ApiRequests() {
	}

	/**
	 * Whether the request is the API's: its controller is an {@link ApiController}, or,
	 * when none was chosen, its path is one of the API's.
	 */
	static boolean isApi(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
			return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ApiController.class);
		}
		return ApiPaths.isApi(request.getRequestURI().substring(request.getContextPath().length()));
	}

	static void requireApi(Exception ex, WebRequest request) {
		requireApi(ex, ((ServletWebRequest) request).getRequest());
	}

	/**
	 * Hands the error of a request that is not the API's on, unchanged: Spring MVC then
	 * goes on with its default handling (the error pages).
	 */
	static void requireApi(Exception ex, HttpServletRequest request) {
		if (!isApi(request)) {
			throw ApiRequests.<RuntimeException>handOn(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <E extends Exception> E handOn(Exception ex) throws E {
		throw (E) ex;
	}

	static String uri(WebRequest request) {
		return ((ServletWebRequest) request).getRequest().getRequestURI();
	}

}
