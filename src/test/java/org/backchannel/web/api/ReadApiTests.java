package org.backchannel.web.api;

import java.net.http.HttpResponse;

import org.backchannel.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only JSON API over HTTP against the seeded app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadApiTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void eventsComeNewestFirstWithNestedParticipants() {
		HttpResponse<String> response = this.web.get("/api/events?limit=100");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode page = WebClient.parse(response);
		assertThat(page.get("total").asLong()).isEqualTo(64);
		JsonNode first = page.get("items").get(0);
		// The newest contact of the record: the Florida meeting of 11 March 2026
		assertThat(first.get("date").get("value").asString()).isEqualTo("2026-03-11");
		assertThat(first.get("type").asString()).isEqualTo("MEETING");
		assertThat(first.get("participants").findValuesAsString("slug")).contains("steve-witkoff");
	}

	@Test
	void anEventCarriesParticipantsReadoutsAndSources() {
		JsonNode event = WebClient.parse(this.web.get("/api/events/2025-03-15-rubio-lavrov-phone-call"));
		assertThat(event.get("date").get("precision").asString()).isEqualTo("DAY");
		assertThat(event.get("initiator").asString()).isEqualTo("US");
		assertThat(event.get("readouts").size()).isGreaterThanOrEqualTo(2);
		assertThat(event.get("sources").size()).isGreaterThanOrEqualTo(4);
		assertThat(event.get("participants").findValuesAsString("slug")).contains("marco-rubio", "sergei-lavrov");
	}

	@Test
	void actorsProposalsAndSourcesAreServed() {
		JsonNode lavrov = WebClient.parse(this.web.get("/api/actors/sergei-lavrov"));
		assertThat(lavrov.get("aliases").findValuesAsString("name")).contains("Sergey Lavrov");
		assertThat(lavrov.get("counterparts").get(0).get("actor").get("slug").asString()).isEqualTo("marco-rubio");
		assertThat(lavrov.get("counterparts").get(0).get("contacts").asLong()).isEqualTo(16);

		JsonNode ceasefire = WebClient.parse(this.web.get("/api/proposals/30-day-ceasefire"));
		assertThat(ceasefire.get("positions").size()).isGreaterThanOrEqualTo(3);
		assertThat(ceasefire.get("events").size()).isGreaterThanOrEqualTo(2);

		long sourceId = ceasefire.get("positions").get(0).get("source").get("id").asLong();
		assertThat(this.web.get("/api/sources/" + sourceId).statusCode()).isEqualTo(200);
		assertThat(WebClient.parse(this.web.get("/api/actors")).size()).isGreaterThanOrEqualTo(19);
		assertThat(WebClient.parse(this.web.get("/api/proposals")).size()).isEqualTo(10);
	}

	@Test
	void anUnknownSlugIsA404ProblemDocument() {
		for (String path : new String[] { "/api/events/no-such-event", "/api/actors/nobody", "/api/proposals/none",
				"/api/sources/999999" }) {
			HttpResponse<String> response = this.web.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(WebClient.parse(response).get("title").asString()).isEqualTo("Not found");
		}
	}

	@Test
	void badParametersAre400sThatSayWhichAndWhy() {
		HttpResponse<String> response = this.web.get("/api/events?type=FOO&from=2025-13-45&limit=1000&cursor=forged");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		JsonNode problem = WebClient.parse(response);
		assertThat(problem.get("errors").findValuesAsString("parameter")).contains("type", "from", "limit");
		assertThat(problem.get("detail").asString()).contains("PHONE_CALL").contains("YYYY-MM-DD").contains("100");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");

		HttpResponse<String> cursor = this.web.get("/api/events?cursor=forged");
		assertThat(cursor.statusCode()).isEqualTo(400);
		assertThat(WebClient.parse(cursor).get("errors").findValuesAsString("parameter")).contains("cursor");
	}

}
