package org.backchannel.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * CORS as configured, with a refused request (a preflight for a method or header the API
 * does not open to other origins) answered as a 403 problem document like every other API
 * error.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String body = """
				{"type":"https://backchannel.example/problems/cors-refused","title":"Cross-origin request refused",\
				"status":403,"detail":"Other origins may only read this API (GET and HEAD, with Accept, If-None-Match, \
				If-Modified-Since and Cache-Control); writes need a client that is not a browser page on another \
				origin."}""";
		response.getBody().write(body.getBytes(StandardCharsets.UTF_8));
		response.flush();
	}

}
