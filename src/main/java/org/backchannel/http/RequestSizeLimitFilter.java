package org.backchannel.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413 before anything reads it: no
 * parser, no sign-in check and no database sees an oversized request.
 */
@Component
@EnableConfigurationProperties(RequestSizeProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	RequestSizeLimitFilter(RequestSizeProperties properties, JsonMapper json) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			tooLarge(request, response);
			return;
		}
		if (request.getContentLengthLong() < 0 && hasStreamedBody(request)) {
			// A chunked body announces no length: read it here, at most one byte past the
			// limit, and hand the rest of the chain what was read.
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (body.length > this.maxBytes) {
				tooLarge(request, response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A body sent without Content-Length that the application reads as a stream (JSON);
	 * form posts are parsed by Tomcat itself, within
	 * server.tomcat.max-http-form-post-size.
	 */
	private static boolean hasStreamedBody(HttpServletRequest request) {
		String type = (request.getContentType() != null) ? request.getContentType().toLowerCase(Locale.ROOT) : "";
		return !type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				&& !type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				&& List.of("POST", "PUT", "PATCH").contains(request.getMethod());
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
	}

	/** The request with its body already read into memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : StandardCharsets.UTF_8.name();
			return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

	}

}
