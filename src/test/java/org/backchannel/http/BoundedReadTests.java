package org.backchannel.http;

import org.backchannel.testing.ApiTestSupport;

import java.util.List;

import org.backchannel.event.EventSearchParams;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read has limits that keep its worst case cheap, refused with a 400 naming the
 * limit; a search counts its matches only up to a cap (3 here, 10,000 by default) and
 * says "more than" beyond it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=bounded-reads", "backchannel.search.max-count=3" })
class BoundedReadTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void aFilterNamesAtMostFiveActorsAndEachTypeOnce() {
		String six = "actor=a&actor=b&actor=c&actor=d&actor=e&actor=f";
		assertLimit("/api/events?" + six, "actor", "At most 5 actors");
		assertLimit("/api/events?" + "type=MEETING&".repeat(EventSearchParams.MAX_TYPES + 1), "type",
				"At most " + EventSearchParams.MAX_TYPES + " types");
		assertLimit("/api/events?q=" + "x".repeat(201), "q", "at most 200 characters");
		assertLimit("/api/events?limit=101", "limit", "from 1 to 100");
		assertThat(this.web.get().uri("/?" + six).exchange().returnResult(String.class).getResponseBody())
			.contains("At most 5 actors");
		this.web.get()
			.uri("/api/events?actor=a&actor=b&actor=c&actor=d&actor=e")
			.exchange()
			.expectStatus()
			.isEqualTo(200);
	}

	@Test
	void severalActorsFindTheEventsAllOfThemTookPartIn() {
		JsonNode both = Http.json(this.web.get()
			.uri("/api/events?actor=marco-rubio&actor=sergei-lavrov&limit=100")
			.exchange()
			.returnResult(String.class));
		assertThat(both.get("total").asLong()).isPositive();
		both.get("items")
			.forEach((item) -> assertThat(ApiTestSupport.participantSlugs(item)).contains("marco-rubio",
					"sergei-lavrov"));
		JsonNode rubio = Http
			.json(this.web.get().uri("/api/events?actor=marco-rubio&limit=100").exchange().returnResult(String.class));
		long rubioWithLavrov = 0;
		for (JsonNode item : rubio.get("items")) {
			if (ApiTestSupport.participantSlugs(item).contains("sergei-lavrov")) {
				rubioWithLavrov++;
			}
		}
		assertThat(both.get("total").asLong()).isEqualTo(rubioWithLavrov);
		JsonNode withUnknown = Http.json(this.web.get()
			.uri("/api/events?actor=marco-rubio&actor=sergei-lavrov&actor=nobody-at-all")
			.exchange()
			.returnResult(String.class));
		assertThat(withUnknown.get("total").asLong()).isZero();
		assertThat(withUnknown.get("items")).isEmpty();
	}

	@Test
	void aSearchCountsItsMatchesOnlyUpToTheCap() {
		JsonNode all = Http.json(this.web.get().uri("/api/events?limit=100").exchange().returnResult(String.class));
		assertThat(all.get("total").asLong()).isGreaterThan(3);
		assertThat(all.get("totalIsLowerBound").asBoolean()).isFalse();
		JsonNode search = Http
			.json(this.web.get().uri("/api/events?q=Lavrov&limit=2").exchange().returnResult(String.class));
		assertThat(search.get("total").asLong()).isEqualTo(3);
		assertThat(search.get("totalIsLowerBound").asBoolean()).isTrue();
		JsonNode next = Http.json(this.web.get()
			.uri("/api/events?q=Lavrov&limit=2&cursor=" + search.get("nextCursor").asString())
			.exchange()
			.returnResult(String.class));
		assertThat(next.get("totalIsLowerBound").asBoolean()).isTrue();
		assertThat(this.web.get().uri("/?q=Lavrov").exchange().returnResult(String.class).getResponseBody())
			.contains("more than 3 events");
	}

	private void assertLimit(String path, String parameter, String message) {
		EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
		assertThat(response.getStatus().value()).as(path).isEqualTo(400);
		JsonNode problem = Http.json(response);
		assertThat(problem.get("errors").findValuesAsString("parameter")).as(path).containsExactly(parameter);
		assertThat(problem.get("detail").asString()).contains(message);
		assertThat(List.of(Http.header(response, "Content-Type").orElse(""))).first()
			.asString()
			.startsWith("application/problem+json");
	}

}
