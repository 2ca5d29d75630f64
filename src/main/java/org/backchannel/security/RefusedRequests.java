package org.backchannel.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.backchannel.http.ErrorResponseHeaders;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The answer to a request refused before the application sees it (by Tomcat's parser or
 * by Spring Security's firewall): the same security headers as every page, and a short
 * body of the app's own, problem+json under /api/, else a small HTML page. Nothing of the
 * request is echoed.
 */
final class RefusedRequests {

	private RefusedRequests() {
	}

	static void headers(HttpServletResponse response) {
		ErrorResponseHeaders.write(response);
	}

	static boolean isApi(String requestUri) {
		return requestUri != null && requestUri.startsWith("/api/");
	}

	static String body(boolean api, int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String detail = (status == 400) ? "The request's address or headers are malformed; it was not processed."
				: "The request could not be processed.";
		if (api) {
			return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}";
		}
		return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
				+ " · Backchannel</title></head>\n<body><main><h1>" + title + "</h1><p>" + detail + "</p><p>Error "
				+ status + "</p><p><a href=\"/\">Back to the timeline</a></p></main></body></html>\n";
	}

	static String contentType(boolean api) {
		return api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
	}

	/** Writes the whole answer through the servlet response. */
	static void write(HttpServletResponse response, String requestUri, int status) throws IOException {
		boolean api = isApi(requestUri);
		response.reset();
		response.setStatus(status);
		headers(response);
		response.setContentType(contentType(api));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer writer = response.getWriter();
		writer.write(body(api, status));
		writer.flush();
	}

}
