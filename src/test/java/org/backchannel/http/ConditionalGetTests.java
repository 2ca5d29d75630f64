package org.backchannel.http;

import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ETags, 304s, cache lifetimes and CORS on every GET of the API and the exports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConditionalGetTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/events", "/api/events?type=PHONE_CALL&limit=3",
			"/api/events/2025-03-15-rubio-lavrov-phone-call", "/api/actors", "/api/actors?country=RU",
			"/api/actors/sergei-lavrov", "/api/proposals", "/api/proposals/30-day-ceasefire", "/api/sources/1",
			"/api/events.csv", "/calendar.ics", "/feed.atom" })
	void aMatchingIfNoneMatchGetsA304(String path) {
		EntityExchangeResult<String> first = this.web.get().uri(path).exchange().returnResult(String.class);
		assertThat(first.getStatus().value()).isEqualTo(200);
		String etag = Http.header(first, "ETag").orElseThrow();
		assertThat(Http.header(first, "Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=").doesNotContain("no-store"));

		EntityExchangeResult<String> again = this.web.get().uri(path).exchange().returnResult(String.class);
		assertThat(Http.header(again, "ETag")).as("stable for unchanged data").contains(etag);

		EntityExchangeResult<String> notModified = this.web.get()
			.uri(path)
			.header("If-None-Match", etag)
			.exchange()
			.returnResult(String.class);
		assertThat(notModified.getStatus().value()).isEqualTo(304);
		assertThat(Http.body(notModified)).isEmpty();
		assertThat(Http.header(notModified, "ETag")).contains(etag);

		EntityExchangeResult<String> other = this.web.get()
			.uri(path)
			.header("If-None-Match", "\"something-else\"")
			.exchange()
			.returnResult(String.class);
		assertThat(other.getStatus().value()).isEqualTo(200);
		assertThat(other.getResponseBody()).isEqualTo(first.getResponseBody());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/events", "/api/events/2025-03-15-rubio-lavrov-phone-call",
			"/api/actors/sergei-lavrov", "/api/events.csv", "/calendar.ics", "/feed.atom", "/",
			"/events/2025-03-15-rubio-lavrov-phone-call" })
	void ifNoneMatchStarGetsA304WhenTheResourceExists(String path) {
		String etag = Http.header(this.web.get().uri(path).exchange().returnResult(String.class), "ETag").orElseThrow();
		EntityExchangeResult<String> any = this.web.get()
			.uri(path)
			.header("If-None-Match", "*")
			.exchange()
			.returnResult(String.class);
		assertThat(any.getStatus().value()).as("RFC 9110 13.1.2: * matches any current representation").isEqualTo(304);
		assertThat(Http.body(any)).isEmpty();
		assertThat(Http.header(any, "ETag")).contains(etag);
		this.web.head().uri(path).header("If-None-Match", "*").exchange().expectStatus().isEqualTo(304);
	}

	@Test
	void ifNoneMatchStarOnAResourceThatDoesNotExistIsStillA404() {
		EntityExchangeResult<String> missing = this.web.get()
			.uri("/api/events/no-such-event")
			.header("If-None-Match", "*")
			.exchange()
			.returnResult(String.class);
		assertThat(missing.getStatus().value()).isEqualTo(404);
		assertThat(Http.json(missing).get("title").asString()).isEqualTo("Not found");
	}

	@Test
	void differentFiltersHaveDifferentETags() {
		String all = Http.header(this.web.get().uri("/api/events").exchange().returnResult(String.class), "ETag")
			.orElseThrow();
		String calls = Http
			.header(this.web.get().uri("/api/events?type=PHONE_CALL").exchange().returnResult(String.class), "ETag")
			.orElseThrow();
		assertThat(calls).isNotEqualTo(all);
		this.web.get()
			.uri("/api/events?type=PHONE_CALL")
			.header("If-None-Match", all)
			.exchange()
			.expectStatus()
			.isEqualTo(200);
	}

	@Test
	void aSourceHasALastModified() {
		EntityExchangeResult<String> source = this.web.get()
			.uri("/api/sources/1")
			.exchange()
			.returnResult(String.class);
		String lastModified = Http.header(source, "Last-Modified").orElseThrow();
		this.web.get()
			.uri("/api/sources/1")
			.header("If-Modified-Since", lastModified)
			.exchange()
			.expectStatus()
			.isEqualTo(304);
	}

	@Test
	void errorsAreNotCachedAsSuccesses() {
		EntityExchangeResult<String> error = this.web.get()
			.uri("/api/events?type=FOO")
			.exchange()
			.returnResult(String.class);
		assertThat(error.getStatus().value()).isEqualTo(400);
		assertThat(Http.header(error, "ETag")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/events", "/api/actors/marco-rubio", "/api/events.csv", "/calendar.ics", "/feed.atom",
			"/v3/api-docs" })
	void anyOriginMayRead(String path) {
		EntityExchangeResult<String> response = this.web.get()
			.uri(path)
			.header("Origin", "https://notebook.example.org")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(response, "Access-Control-Allow-Origin")).contains("*");
		assertThat(Http.header(response, "Access-Control-Expose-Headers"))
			.hasValueSatisfying((exposed) -> assertThat(exposed).contains("ETag").contains("Link"));
	}

	@Test
	void aPreflightForGetIsAllowedAndForDeleteIsNot() {
		EntityExchangeResult<String> get = preflight("GET");
		assertThat(get.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(get, "Access-Control-Allow-Origin")).contains("*");
		assertThat(Http.header(get, "Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("GET"));
		EntityExchangeResult<String> refused = preflight("DELETE");
		assertThat(refused.getStatus().value()).isEqualTo(403);
		assertThat(Http.header(refused, "Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(refused).get("type").asString()).endsWith("/cors-refused");
	}

	@Test
	void pagesOutsideTheApiAreNotOpenedToOtherOrigins() {
		EntityExchangeResult<String> page = this.web.get()
			.uri("/")
			.header("Origin", "https://elsewhere.example.org")
			.exchange()
			.returnResult(String.class);
		assertThat(Http.header(page, "Access-Control-Allow-Origin")).isEmpty();
	}

	private EntityExchangeResult<String> preflight(String method) {
		return this.web.options()
			.uri("/api/events")
			.header("Origin", "https://notebook.example.org")
			.header("Access-Control-Request-Method", method)
			.exchange()
			.returnResult(String.class);
	}

}
