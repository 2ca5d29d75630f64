package org.backchannel.http;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else looks at a request, a body that announces a length over
 * the limit (413) and a multipart body (415: no route takes one), without reading a byte
 * of it. Every other body is left unread here: it is read, within the limit and a
 * deadline, only once Spring Security has let the request through
 * ({@link RequestBodies}).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final Refusals refusals;

	RequestSizeLimitFilter(RequestSizeProperties properties, Refusals refusals) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			RequestBodies.refuse(this.refusals, request, response, HttpStatus.CONTENT_TOO_LARGE,
					RequestBodies.tooLargeDetail(this.maxBytes));
			return;
		}
		String type = request.getContentType();
		if (RequestBodies.hasBody(request) && type != null
				&& type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			RequestBodies.refuse(this.refusals, request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Backchannel takes no multipart bodies: send JSON to the API, or the page's own form.");
			return;
		}
		chain.doFilter(request, response);
	}

}
