package org.backchannel.web.api;

import java.util.List;

import org.backchannel.testing.Http;
import org.backchannel.testing.TestAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write records are typed request bodies that Jackson reads strictly; what it refuses
 * is a 400 problem document naming the field as the JSON does and saying what is wrong in
 * the API's words: an unknown field, the values an enum takes, a whole number, true or
 * false, a JSON object, well-formed JSON. A change to a record is checked against the
 * record (404, 428, 412) before its body is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypedBodyErrorTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void whatJacksonRefusesIsNamedByFieldInTheApisWords() {
		assertError("/api/events", "{\"participants\": [{\"actor\": \"a\", \"colour\": 1}]}", "participants[0].colour",
				"is not a known field.");
		assertError("/api/events", "{\"participants\": [{\"actor\": \"a\", \"role\": \"KING\"}]}",
				"participants[0].role", "must be one of PRINCIPAL, ");
		assertError("/api/events", "{\"sources\": [1, \"x\"]}", "sources[1]", "must be a whole number.");
		assertError("/api/events", "{\"confirmDuplicate\": \"yes\"}", "confirmDuplicate", "must be true or false.");
		assertError("/api/sources", "{\"reprintOf\": true}", "reprintOf",
				"could not be read: it has a value of the wrong kind; see the schema in the OpenAPI document.");
		assertError("/api/actors", "{\"name\": \"a\\u0000b\"}", "name",
				"has a value of the wrong kind; see the schema in the OpenAPI document.");
		for (String notAnObject : List.of("[]", "null", "42", "\"text\"", "true")) {
			assertError("/api/proposals", notAnObject, "body", "must be a JSON object.");
		}
		for (String notJson : List.of("{", "{\"title\": ", "{\"text\": \"x\",}")) {
			assertError("/api/drafts/from-report", notJson, "body",
					"is not well-formed JSON: send one JSON object, as the OpenAPI document describes.");
		}
	}

	@Test
	void aChangeIsCheckedAgainstTheRecordBeforeItsBodyIsRead() {
		String unreadable = "{\"title\": ";
		assertThat(put("/api/actors/no-such-actor", unreadable, null)).isEqualTo(404);
		assertThat(put("/api/sources/999999", unreadable, "\"x\"")).isEqualTo(404);
		assertThat(put("/api/events/no-such-event", "[]", null)).isEqualTo(404);
		String actor = firstSlug("/api/actors");
		assertThat(put("/api/actors/" + actor, unreadable, null)).as("no If-Match").isEqualTo(428);
		assertThat(put("/api/actors/" + actor, "{\"colour\": 1}", "\"stale\"")).as("stale If-Match").isEqualTo(412);
		assertThat(put("/api/actors/" + actor, unreadable, "*")).as("If-Match holds").isEqualTo(400);
		assertThat(put("/api/sources/not-a-number", unreadable, "*")).as("not an id").isEqualTo(400);
	}

	private int put(String path, String body, String ifMatch) {
		return this.web.put()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", TestAdmin.BASIC)
			.headers((headers) -> {
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.body(body)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private String firstSlug(String list) {
		JsonNode page = Http.json(this.web.get().uri(list).exchange().returnResult(String.class));
		JsonNode items = page.has("items") ? page.get("items") : page;
		return items.get(0).get("slug").asString();
	}

	private void assertError(String path, String body, String field, String message) {
		EntityExchangeResult<String> response = this.web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", TestAdmin.BASIC)
			.body(body)
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).as(body).isEqualTo(400);
		assertThat(Http.header(response, "Content-Type")).hasValue("application/problem+json");
		JsonNode problem = Http.json(response);
		assertThat(problem.get("type").asString()).endsWith("/invalid-input");
		assertThat(problem.get("errors").get(0).get("field").asString()).as(body).isEqualTo(field);
		assertThat(problem.get("errors").get(0).get("message").asString()).as(body).startsWith(message);
	}

}
