package org.backchannel.database;

import java.time.Duration;

import org.backchannel.testing.Http;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What one request of the frozen-database test got, and how long it took. */
record OutageAnswer(FrozenRequest request, EntityExchangeResult<String> response, long startedAt, Duration took) {

	static OutageAnswer of(RestTestClient web, FrozenRequest request) {
		long start = System.nanoTime();
		EntityExchangeResult<String> response;
		if (request.method().equals("POST")) {
			response = web.post()
				.uri(request.path())
				.header(request.header(), request.value())
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"title\":\"Written while the database froze\"}")
				.exchange()
				.returnResult(String.class);
		}
		else if (request.header() != null) {
			response = web.get()
				.uri(request.path())
				.header(request.header(), request.value())
				.exchange()
				.returnResult(String.class);
		}
		else {
			response = web.get().uri(request.path()).exchange().returnResult(String.class);
		}
		return new OutageAnswer(request, response, start, Duration.ofNanos(System.nanoTime() - start));
	}

	int status() {
		return this.response.getStatus().value();
	}

	void assertOutageAnswerWithinFiveSeconds() {
		String what = this.request + " answered " + status() + " in " + this.took.toMillis() + " ms: "
				+ Http.body(this.response);
		assertThat(status()).as(what).isEqualTo(503);
		assertThat(this.took).as(what).isLessThan(Duration.ofSeconds(5));
		assertThat(Http.header(this.response, "Retry-After")).as(what).isPresent();
		if (this.request.isApi()) {
			assertThat(Http.header(this.response, "Content-Type").orElseThrow()).as(what)
				.startsWith("application/problem+json");
			assertThat(Http.json(this.response).get("title").asString()).as(what).isEqualTo("Temporarily unavailable");
		}
		else {
			assertThat(Http.body(this.response)).as(what)
				.contains("Temporarily unavailable")
				.doesNotContain("Exception");
		}
	}

}
