package org.backchannel.web.api;

import tools.jackson.databind.JsonNode;

import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deleted event no longer holds on to the actor, proposal and source it named: they can
 * be deleted, its revisions keep the references, and restoring it says what is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=first-revisions", "backchannel.rate-limit.trusted-proxies=127.0.0.1",
				"backchannel.site.canonical-url=https://backchannel.example.org/" })
class DeletedReferenceTests {

	static final String ADMIN = TestAdmin.BASIC;

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void aDeletedEventNoLongerBlocksDeletingWhatItNamedAndItsRestoreSaysWhatIsMissing() {
		String actor = created("/api/actors", """
				{"name": "Ivan Referencev", "kind": "PERSON", "country": "RU"}""").get("slug").asString();
		String proposal = created("/api/proposals", """
				{"title": "Reference test plan", "summary": "A plan named by one event only.",
				 "datePrecision": "UNKNOWN"}""").get("slug").asString();
		long source = created("/api/sources", """
				{"outlet": "Reference Wire", "title": "A report cited once", "url": "https://example.org/reference",
				 "language": "en", "publishedPrecision": "UNKNOWN"}""").get("id").asLong();
		String slug = created("/api/events", """
				{"title": "Reference call", "type": "PHONE_CALL", "date": "2026-02-03", "datePrecision": "DAY",
				 "summary": "A call that names a new actor.", "initiator": "RUSSIA", "initiatorActor": "%s",
				 "participants": [{"actor": "%s", "role": "PRINCIPAL"},
				                  {"actor": "marco-rubio", "role": "PRINCIPAL"}],
				 "quotes": [{"speaker": "%s", "text": "We spoke.", "source": %d}],
				 "proposals": ["%s"], "sources": [%d]}""".formatted(actor, actor, actor, source, proposal, source))
			.get("slug")
			.asString();
		assertThat(send("POST", "/api/events/" + slug + "/publish", null).getStatus().value()).isEqualTo(200);

		// While the event stands, what it names cannot go.
		EntityExchangeResult<String> refused = send("DELETE", "/api/proposals/" + proposal, null);
		assertThat(refused.getStatus().value()).isEqualTo(409);
		assertThat(Http.header(refused, "Content-Type")).hasValue("application/problem+json");
		assertThat(send("DELETE", "/api/actors/" + actor, null).getStatus().value()).isEqualTo(409);

		assertThat(send("DELETE", "/api/events/" + slug, null).getStatus().value()).isIn(200, 204);
		assertThat(send("DELETE", "/api/proposals/" + proposal, null).getStatus().value()).isEqualTo(204);
		assertThat(send("DELETE", "/api/actors/" + actor, null).getStatus().value()).isEqualTo(204);
		assertThat(send("DELETE", "/api/sources/" + source, null).getStatus().value()).isEqualTo(204);
		this.web.get().uri("/api/actors/" + actor).exchange().expectStatus().isEqualTo(404);

		// The revision still names them; restoring it says which are gone.
		EntityExchangeResult<String> restore = this.web.post()
			.uri("/api/events/" + slug + "/restore?revision=2")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.exchange()
			.returnResult(String.class);
		assertThat(restore.getStatus().value()).as(restore.getResponseBody()).isEqualTo(400);
		assertThat(Http.header(restore, "Content-Type")).hasValue("application/problem+json");
		assertThat(restore.getResponseBody())
			.contains("participants[0].actor", "names no known actor ('" + actor + "')")
			.contains("initiatorActor", "quotes[0].speaker")
			.contains("proposals[0]", "names no known proposal ('" + proposal + "')")
			.contains("sources[0]", "names no known source (#" + source + ")");
		this.web.get().uri("/api/events/" + slug).exchange().expectStatus().isEqualTo(404);
	}

	private JsonNode created(String path, String body) {
		EntityExchangeResult<String> response = this.web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.body(body)
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).as(path + " " + response.getResponseBody()).isEqualTo(201);
		return Http.json(response);
	}

	/** A write with the If-Match of a fresh read (signed in, so drafts are read too). */
	private EntityExchangeResult<String> send(String method, String path, String body) {
		String record = path.replaceAll("/publish$", "");
		EntityExchangeResult<String> read = this.web.method(HttpMethod.GET)
			.uri(record)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.exchange()
			.returnResult(String.class);
		assertThat(read.getStatus().value()).as(record).isEqualTo(200);
		RestTestClient.RequestBodySpec request = this.web.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.header("If-Match", Http.header(read, "ETag").orElseThrow());
		if (body != null) {
			request.body(body);
		}
		return request.exchange().returnResult(String.class);
	}

}
