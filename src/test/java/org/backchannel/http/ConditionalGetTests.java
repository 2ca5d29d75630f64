package org.backchannel.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.backchannel.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ETags, 304s, cache lifetimes and CORS on every GET of the API and the exports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConditionalGetTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/events", "/api/events?type=PHONE_CALL&limit=3",
			"/api/events/2025-03-15-rubio-lavrov-phone-call", "/api/actors", "/api/actors?country=RU",
			"/api/actors/sergei-lavrov", "/api/proposals", "/api/proposals/30-day-ceasefire", "/api/sources/1",
			"/api/events.csv", "/calendar.ics", "/feed.atom" })
	void aMatchingIfNoneMatchGetsA304(String path) {
		HttpResponse<String> first = this.web.get(path);
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=").doesNotContain("no-store"));

		HttpResponse<String> again = this.web.get(path);
		assertThat(again.headers().firstValue("ETag")).as("stable for unchanged data").contains(etag);

		HttpResponse<String> notModified = this.web.get(path, "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).contains(etag);

		HttpResponse<String> other = this.web.get(path, "If-None-Match", "\"something-else\"");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo(first.body());
	}

	@Test
	void differentFiltersHaveDifferentETags() {
		String all = this.web.get("/api/events").headers().firstValue("ETag").orElseThrow();
		String calls = this.web.get("/api/events?type=PHONE_CALL").headers().firstValue("ETag").orElseThrow();
		assertThat(calls).isNotEqualTo(all);
		assertThat(this.web.get("/api/events?type=PHONE_CALL", "If-None-Match", all).statusCode()).isEqualTo(200);
	}

	@Test
	void aSourceHasALastModified() {
		HttpResponse<String> source = this.web.get("/api/sources/1");
		String lastModified = source.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(this.web.get("/api/sources/1", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
	}

	@Test
	void errorsAreNotCachedAsSuccesses() {
		HttpResponse<String> error = this.web.get("/api/events?type=FOO");
		assertThat(error.statusCode()).isEqualTo(400);
		assertThat(error.headers().firstValue("ETag")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/events", "/api/actors/marco-rubio", "/api/events.csv", "/calendar.ics", "/feed.atom",
			"/v3/api-docs" })
	void anyOriginMayRead(String path) {
		HttpResponse<String> response = this.web.get(path, "Origin", "https://notebook.example.org");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
		assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
			.hasValueSatisfying((exposed) -> assertThat(exposed).contains("ETag").contains("Link"));
	}

	@Test
	void aPreflightForGetIsAllowedAndForDeleteIsNot() {
		HttpResponse<String> get = preflight("GET");
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
		assertThat(get.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("GET"));
		HttpResponse<String> refused = preflight("DELETE");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(WebClient.parse(refused).get("type").asString()).endsWith("/cors-refused");
	}

	@Test
	void pagesOutsideTheApiAreNotOpenedToOtherOrigins() {
		HttpResponse<String> page = this.web.get("/", "Origin", "https://elsewhere.example.org");
		assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> preflight(String method) {
		return this.web.send(HttpRequest.newBuilder(URI.create(this.web.url("/api/events")))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://notebook.example.org")
			.header("Access-Control-Request-Method", method)
			.build());
	}

}
