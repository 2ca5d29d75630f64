package org.backchannel.web.api;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A change to a record is checked against the record before its body is read, as RFC 9110
 * (13.2.1) orders it: an unknown record is a 404 and a missing or stale If-Match a 428 or
 * 412 whatever the body holds; only then is the body read (and refused with 400 if it
 * cannot be). Applies to the routes of a {@link RecordWriteApi} that take both a body and
 * If-Match; the handler checks again inside, which costs one read of the record.
 */
final class PreconditionsBeforeBody implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.getBean() instanceof RecordWriteApi api
				&& readsBodyUnderIfMatch(method)
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
				&& path.size() == 1) {
			api.records()
				.requireBeforeBody(String.valueOf(path.values().iterator().next()),
						request.getHeader(HttpHeaders.IF_MATCH));
		}
		return true;
	}

	private static boolean readsBodyUnderIfMatch(HandlerMethod method) {
		boolean body = Arrays.stream(method.getMethodParameters())
			.anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestBody.class));
		boolean ifMatch = Arrays.stream(method.getMethodParameters())
			.map((parameter) -> parameter.getParameterAnnotation(RequestHeader.class))
			.anyMatch((header) -> header != null && HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name()));
		return body && ifMatch;
	}

}
