package org.backchannel.history;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.backchannel.testing.TestAdmin;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventReadService;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that keeps times as a JavaScript Date does (milliseconds) and asks again from
 * the last {@code updatedAt} it saw never gets the same change back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=first-revisions", "backchannel.rate-limit.trusted-proxies=127.0.0.1",
				"backchannel.site.canonical-url=https://backchannel.example.org/" })
class MillisecondSyncTests {

	static final String ADMIN = TestAdmin.BASIC;

	static final String MILLISECONDS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z";

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	EventReadService events;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void askingAgainFromTheLastUpdatedAtNeverReturnsTheSameChange() {
		Instant start = Instant.now();
		String slug = "2025-08-15-trump-putin-summit-anchorage";
		EntityExchangeResult<String> read = this.web.get()
			.uri("/api/events/" + slug)
			.exchange()
			.returnResult(String.class);
		assertThat(read.getStatus().value()).as(slug).isEqualTo(200);
		EditableEvent editable = this.events.findEditable(slug).orElseThrow();
		tools.jackson.databind.node.ObjectNode data = json.valueToTree(editable.data());
		data.put("title", editable.data().title() + " (checked)");
		String body = data.toString();
		EntityExchangeResult<String> edited = this.web.put()
			.uri("/api/events/" + slug)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.body(body)
			.header("If-Match", Http.header(read, "ETag").orElseThrow())
			.exchange()
			.returnResult(String.class);
		assertThat(edited.getStatus().value()).as(edited.getResponseBody()).isEqualTo(200);

		JsonNode since = Http.json(this.web.get()
			.uri("/api/events?updated_since=" + start + "&limit=100")
			.exchange()
			.returnResult(String.class));
		assertThat(since.get("items")).singleElement()
			.satisfies((item) -> assertThat(item.get("slug").asString()).isEqualTo(slug));
		String updatedAt = since.get("items").get(0).get("updatedAt").asString();
		assertThat(updatedAt).matches(MILLISECONDS);
		assertThat(Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
			.get("updatedAt")
			.asString()).isEqualTo(updatedAt);

		// What a JavaScript Date makes of it, sent back as it would send it.
		String asJavaScriptWouldSendIt = Instant.ofEpochMilli(Instant.parse(updatedAt).toEpochMilli()).toString();
		JsonNode again = Http.json(this.web.get()
			.uri("/api/events?updated_since=" + asJavaScriptWouldSendIt + "&limit=100")
			.exchange()
			.returnResult(String.class));
		assertThat(again.get("items")).isEmpty();
	}

	@Test
	void everyRecordsTimesAreGivenToTheMillisecond() {
		for (String path : new String[] { "/api/events?limit=100", "/api/events/2025-03-15-rubio-lavrov-phone-call",
				"/api/actors/sergei-lavrov", "/api/proposals/30-day-ceasefire", "/api/sources/1" }) {
			EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
			assertThat(response.getStatus().value()).as(path).isEqualTo(200);
			JsonNode body = Http.json(response);
			assertThat(body.findValuesAsString("updatedAt")).as(path)
				.isNotEmpty()
				.allSatisfy((time) -> assertThat(time).matches(MILLISECONDS));
			assertThat(body.findValuesAsString("createdAt")).as(path)
				.allSatisfy((time) -> assertThat(time).matches(MILLISECONDS));
		}
	}

}
