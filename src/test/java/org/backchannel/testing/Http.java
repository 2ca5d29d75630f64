package org.backchannel.testing;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What end-to-end tests need beyond {@link RestTestClient}: a client for the app on its
 * random port, HTTP Basic credentials, signing in through the login form, and JSON bodies
 * as trees.
 */
public final class Http {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Http() {
	}

	/**
	 * A client for the app on {@code port} that, like a browser's address bar, sends the
	 * path as written (no template encoding), never follows redirects, never asks for
	 * compression, keeps no cookies and reads every text body as UTF-8 unless the
	 * response names another charset.
	 */
	public static RestTestClient client(int port) {
		return client(port, Duration.ofSeconds(30));
	}

	/**
	 * {@link #client(int)} waiting up to {@code timeout} for each answer.
	 */
	public static RestTestClient client(int port, Duration timeout) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(timeout);
		requests.enableCompression(false);
		DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(url(port, ""));
		uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.NONE);
		return RestTestClient.bindToServer(requests)
			.uriBuilderFactory(uris)
			.configureMessageConverters((converters) -> converters.registerDefaults()
				.withStringConverter(new StringHttpMessageConverter(StandardCharsets.UTF_8)))
			.build();
	}

	public static String url(int port, String path) {
		return "http://localhost:" + port + path;
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Request headers given as name, value pairs, for
	 * {@code RestTestClient.RequestHeadersSpec#headers}.
	 */
	public static Consumer<HttpHeaders> headers(String... namesAndValues) {
		assertThat(namesAndValues.length % 2).as("headers come as name, value pairs").isZero();
		return (headers) -> {
			for (int i = 0; i < namesAndValues.length; i += 2) {
				headers.add(namesAndValues[i], namesAndValues[i + 1]);
			}
		};
	}

	/**
	 * The first value of a response header, if the response has it.
	 */
	public static Optional<String> header(ExchangeResult result, String name) {
		return Optional.ofNullable(result.getResponseHeaders().getFirst(name));
	}

	/**
	 * The response body, the empty string when there is none.
	 */
	public static String body(EntityExchangeResult<String> result) {
		return (result.getResponseBody() != null) ? result.getResponseBody() : "";
	}

	public static JsonNode json(EntityExchangeResult<String> result) {
		return json.readTree(result.getResponseBody());
	}

	/**
	 * Signs in through the login form and returns the session cookie as
	 * {@code SESSION=value}.
	 */
	public static String signIn(RestTestClient client, String user, String password) {
		EntityExchangeResult<String> form = client.get().uri("/login").exchange().returnResult(String.class);
		String cookie = cookies(form);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body(form));
		assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("username", user);
		fields.add("password", password);
		fields.add("_csrf", token.group(1));
		EntityExchangeResult<String> login = client.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Cookie", cookie)
			.body(fields)
			.exchange()
			.returnResult(String.class);
		assertThat(login.getStatus().value()).isEqualTo(302);
		assertThat(header(login, "Location").orElse("")).doesNotContain("error");
		return sessionCookie(login);
	}

	/** Every cookie a response sets, as a Cookie header sends them back. */
	public static String cookies(ExchangeResult result) {
		return String.join("; ",
				result.getResponseHeaders()
					.getOrEmpty("Set-Cookie")
					.stream()
					.map((value) -> (value.indexOf(';') >= 0) ? value.substring(0, value.indexOf(';')) : value)
					.toList());
	}

	private static String sessionCookie(ExchangeResult result) {
		return result.getResponseHeaders()
			.getOrEmpty("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("SESSION="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + result.getResponseHeaders()));
	}

}
