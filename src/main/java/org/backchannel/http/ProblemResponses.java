package org.backchannel.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes an RFC 9457 problem+json body straight to the response, for the places that
 * answer before (or instead of) Spring MVC's ProblemDetail handling: filters, Spring
 * Security, the outage handler.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/**
	 * The problem document, with its extra properties, as the API's advice renders it.
	 */
	public static void write(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance",
				(problem.getInstance() != null) ? problem.getInstance().toString() : request.getRequestURI());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		writeBody(json, response, problem.getStatus(), body);
	}

	public static void write(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, URI type, String title, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", (type != null) ? type.toString() : "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		writeBody(json, response, status.value(), problem);
	}

	private static void writeBody(JsonMapper json, HttpServletResponse response, int status,
			Map<String, Object> problem) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
