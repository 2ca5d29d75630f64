package org.backchannel.web.api;

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
 * The read-only JSON API over HTTP against the seeded app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadApiTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void eventsComeNewestFirstWithNestedParticipants() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/events?limit=100")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode page = Http.json(response);
		assertThat(page.get("total").asLong()).isEqualTo(65);
		JsonNode first = page.get("items").get(0);
		// The newest contact of the record: the Trump–Putin call of 29 April 2026 (V18)
		assertThat(first.get("date").get("value").asString()).isEqualTo("2026-04-29");
		assertThat(first.get("type").asString()).isEqualTo("PHONE_CALL");
		assertThat(first.get("participants").findValuesAsString("slug")).contains("donald-trump", "vladimir-putin");
	}

	@Test
	void anEventCarriesParticipantsReadoutsAndSources() {
		JsonNode event = Http.json(this.web.get()
			.uri("/api/events/2025-03-15-rubio-lavrov-phone-call")
			.exchange()
			.returnResult(String.class));
		assertThat(event.get("date").get("precision").asString()).isEqualTo("DAY");
		assertThat(event.get("initiator").asString()).isEqualTo("US");
		assertThat(event.get("readouts").size()).isGreaterThanOrEqualTo(2);
		assertThat(event.get("sources").size()).isGreaterThanOrEqualTo(4);
		assertThat(event.get("participants").findValuesAsString("slug")).contains("marco-rubio", "sergei-lavrov");
	}

	@Test
	void actorsProposalsAndSourcesAreServed() {
		JsonNode lavrov = Http
			.json(this.web.get().uri("/api/actors/sergei-lavrov").exchange().returnResult(String.class));
		assertThat(lavrov.get("aliases").findValuesAsString("name")).contains("Sergey Lavrov");
		assertThat(lavrov.get("counterparts").get(0).get("actor").get("slug").asString()).isEqualTo("marco-rubio");
		assertThat(lavrov.get("counterparts").get(0).get("contacts").asLong()).isEqualTo(16);

		JsonNode ceasefire = Http
			.json(this.web.get().uri("/api/proposals/30-day-ceasefire").exchange().returnResult(String.class));
		assertThat(ceasefire.get("positions").size()).isGreaterThanOrEqualTo(3);
		assertThat(ceasefire.get("events").size()).isGreaterThanOrEqualTo(2);

		long sourceId = ceasefire.get("positions").get(0).get("source").get("id").asLong();
		this.web.get().uri("/api/sources/" + sourceId).exchange().expectStatus().isEqualTo(200);
		assertThat(Http.json(this.web.get().uri("/api/actors").exchange().returnResult(String.class)).size())
			.isGreaterThanOrEqualTo(19);
		assertThat(Http.json(this.web.get().uri("/api/proposals").exchange().returnResult(String.class)).size())
			.isEqualTo(10);
	}

	@Test
	void anUnknownSlugIsA404ProblemDocument() {
		for (String path : new String[] { "/api/events/no-such-event", "/api/actors/nobody", "/api/proposals/none",
				"/api/sources/999999" }) {
			EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
			assertThat(response.getStatus().value()).as(path).isEqualTo(404);
			assertThat(Http.header(response, "Content-Type")).contains("application/problem+json");
			assertThat(Http.json(response).get("title").asString()).isEqualTo("Not found");
		}
	}

	@Test
	void badParametersAre400sThatSayWhichAndWhy() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/events?type=FOO&from=2025-13-45&limit=1000&cursor=forged")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(400);
		assertThat(Http.header(response, "Content-Type")).contains("application/problem+json");
		JsonNode problem = Http.json(response);
		assertThat(problem.get("errors").findValuesAsString("parameter")).contains("type", "from", "limit");
		assertThat(problem.get("detail").asString()).contains("PHONE_CALL").contains("YYYY-MM-DD").contains("100");
		assertThat(Http.body(response)).doesNotContain("Exception").doesNotContain("at org.");

		EntityExchangeResult<String> cursor = this.web.get()
			.uri("/api/events?cursor=forged")
			.exchange()
			.returnResult(String.class);
		assertThat(cursor.getStatus().value()).isEqualTo(400);
		assertThat(Http.json(cursor).get("errors").findValuesAsString("parameter")).contains("cursor");
	}

}
