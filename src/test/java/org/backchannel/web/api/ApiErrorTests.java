package org.backchannel.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input gets a 400 problem document naming the parameter and saying why; every
 * other API error is problem+json too, and none leaks a stack trace or SQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/api/events?type=FOO                       | type          | PHONE_CALL, MEETING, SUMMIT, NEGOTIATION_ROUND, STATEMENT, APPOINTMENT, MILITARY_ACTION, MESSAGE, OTHER
					/api/events?type=PHONE_CALL&type=FOO       | type          | must be one of
					/api/events?initiator=CHINA                | initiator     | US, RUSSIA, UKRAINE, OTHER, NOT_REPORTED
					/api/events?from=2025-13-45                | from          | YYYY-MM-DD
					/api/events?to=15.03.2025                  | to            | YYYY-MM-DD
					/api/events?from=2025-05-01&to=2025-04-01  | to            | must not be before 'from'
					/api/events?limit=1000                     | limit         | 100 (the maximum page size)
					/api/events?limit=0                        | limit         | from 1 to 100
					/api/events?limit=ten                      | limit         | whole number
					/api/events?cursor=forged                  | cursor        | not one this API produced
					/api/events?cursor=%%%                     | cursor        | not one this API produced
					/api/events?direct=maybe                   | direct        | true or false
					/api/events?sort=newest                    | sort          | date_desc
					/api/events?updated_since=yesterday        | updated_since | 2025-03-15T00:00:00Z
					/api/events.csv?type=FOO                   | type          | PHONE_CALL
					/calendar.ics?from=2025-13-45              | from          | YYYY-MM-DD
					/feed.atom?initiator=nobody                | initiator     | RUSSIA
					/api/actors?kind=ROBOT                     | kind          | PERSON, ORGANIZATION, GOVERNMENT_BODY
					/api/actors?country=Russia                 | country       | ISO 3166
					/api/sources/abc                           | id            | whole number
					""")
	void aBadParameterIsA400NamingItAndSayingWhy(String path, String parameter, String explanation) {
		EntityExchangeResult<String> response = this.web.get()
			.uri(path.replace("%%%", "%25%25%25"))
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).as(path).isEqualTo(400);
		assertProblem(response);
		JsonNode problem = Http.json(response);
		assertThat(problem.get("title").asString()).isEqualTo("Invalid query parameters");
		assertThat(problem.get("errors").findValuesAsString("parameter")).as(path).containsExactly(parameter);
		assertThat(problem.get("detail").asString()).as(path).contains(explanation).contains("'" + parameter + "'");
	}

	@Test
	void aTooLongSearchIsA400() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/events?q=" + "a".repeat(201))
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(400);
		assertThat(Http.json(response).get("detail").asString()).contains("200 characters");
	}

	@Test
	void aCursorThatDecodesButWasNotOursIsA400() {
		for (String raw : new String[] { "v1:not-a-date:1", "v2:2025-03-15:1", "v1:2025-03-15:x", "v1:2025-03-15" }) {
			String cursor = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
			EntityExchangeResult<String> response = this.web.get()
				.uri("/api/events?cursor=" + cursor)
				.exchange()
				.returnResult(String.class);
			assertThat(response.getStatus().value()).as(raw).isEqualTo(400);
			assertThat(Http.json(response).get("errors").findValuesAsString("parameter")).containsExactly("cursor");
		}
	}

	@Test
	void severalBadParametersAreAllReported() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/events?type=FOO&from=2025-13-45&limit=1000&sort=x")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(400);
		assertThat(Http.json(response).get("errors").findValuesAsString("parameter")).containsExactlyInAnyOrder("type",
				"from", "limit", "sort");
	}

	@Test
	void unknownRoutesAndSlugsUnderTheApiAre404ProblemDocuments() {
		for (String path : new String[] { "/api/nothing-here", "/api/events/2025-03-15-rubio-lavrov-phone-call/more",
				"/api", "/api/events/no-such-event", "/api/actors/nobody", "/api/proposals/none",
				"/api/sources/999999" }) {
			EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
			assertThat(response.getStatus().value()).as(path).isEqualTo(404);
			assertProblem(response);
			assertThat(Http.json(response).get("title").asString()).isEqualTo("Not found");
		}
	}

	@Test
	void anUnknownPageOutsideTheApiIsStillAnHtmlPage() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/no-such-page")
			.header("Accept", "text/html")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(404);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).doesNotContain("problem+json"));
	}

	@Test
	void anUnservableAcceptIsA406ProblemDocument() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/events/2025-03-15-rubio-lavrov-phone-call")
			.header("Accept", "application/xml")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(406);
		assertProblem(response);
		assertThat(Http.json(response).get("detail").asString()).contains("application/json");
	}

	@Test
	void writesWithoutSigningInAreRefused() {
		EntityExchangeResult<String> response = this.web.post()
			.uri("/api/events")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isIn(401, 403);
		assertThat(Http.body(response)).doesNotContain("Exception").doesNotContain("at org.");
	}

	static void assertProblem(EntityExchangeResult<String> response) {
		assertThat(Http.header(response, "Content-Type")).contains("application/problem+json");
		assertThat(Http.body(response)).doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContainIgnoringCase("select ")
			.doesNotContain("trace");
	}

}
