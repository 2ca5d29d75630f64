package org.backchannel.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for end-to-end tests against the app on its random port.
 */
public final class WebClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/**
	 * A JSON request, signed in with HTTP Basic when {@code authorization} is given (see
	 * {@link #basic}); extra headers as name, value pairs.
	 */
	public HttpResponse<String> send(String method, String path, String authorization, String json, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)
							: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String url(String path) {
		return this.base + path;
	}

	public static JsonNode parse(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

}
