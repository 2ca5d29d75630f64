package org.backchannel.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413 before anything reads it: no
 * parser, no sign-in check and no database sees an oversized request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	RequestSizeLimitFilter(@Value("${backchannel.max-request-size:1MB}") DataSize maxRequestSize, JsonMapper json) {
		this.maxBytes = maxRequestSize.toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			String detail = "The request body is larger than the " + this.maxBytes + " bytes Backchannel accepts.";
			response.setHeader("Connection", "close");
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				ProblemResponses.write(this.json, request, response, HttpStatus.CONTENT_TOO_LARGE, null,
						"Content too large", detail);
			}
			else {
				response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
				response.setContentType(MediaType.TEXT_PLAIN_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write(detail);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
