package org.backchannel.web.api;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;

import org.backchannel.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deleted event no longer holds on to the actor, proposal and source it named: they can
 * be deleted, its revisions keep the references, and restoring it says what is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=first-revisions", "backchannel.admin.username=root",
				"backchannel.admin.password=rook-castle-for-tests", "backchannel.rate-limit.trusted-proxies=127.0.0.1",
				"backchannel.site.canonical-url=https://backchannel.example.org/" })
class DeletedReferenceTests {

	static final String ADMIN = WebClient.basic("root", "rook-castle-for-tests");

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
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
		assertThat(send("POST", "/api/events/" + slug + "/publish", null).statusCode()).isEqualTo(200);

		// While the event stands, what it names cannot go.
		HttpResponse<String> refused = send("DELETE", "/api/proposals/" + proposal, null);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(send("DELETE", "/api/actors/" + actor, null).statusCode()).isEqualTo(409);

		assertThat(send("DELETE", "/api/events/" + slug, null).statusCode()).isIn(200, 204);
		assertThat(send("DELETE", "/api/proposals/" + proposal, null).statusCode()).isEqualTo(204);
		assertThat(send("DELETE", "/api/actors/" + actor, null).statusCode()).isEqualTo(204);
		assertThat(send("DELETE", "/api/sources/" + source, null).statusCode()).isEqualTo(204);
		assertThat(this.web.get("/api/actors/" + actor).statusCode()).isEqualTo(404);

		// The revision still names them; restoring it says which are gone.
		HttpResponse<String> restore = this.web.send("POST", "/api/events/" + slug + "/restore?revision=2", ADMIN,
				null);
		assertThat(restore.statusCode()).as(restore.body()).isEqualTo(400);
		assertThat(restore.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(restore.body()).contains("participants[0].actor", "names no known actor ('" + actor + "')")
			.contains("initiatorActor", "quotes[0].speaker")
			.contains("proposals[0]", "names no known proposal ('" + proposal + "')")
			.contains("sources[0]", "names no known source (#" + source + ")");
		assertThat(this.web.get("/api/events/" + slug).statusCode()).isEqualTo(404);
	}

	private JsonNode created(String path, String body) {
		HttpResponse<String> response = this.web.send("POST", path, ADMIN, body);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
		return WebClient.parse(response);
	}

	/** A write with the If-Match of a fresh read (signed in, so drafts are read too). */
	private HttpResponse<String> send(String method, String path, String body) {
		String record = path.replaceAll("/publish$", "");
		HttpResponse<String> read = this.web.send("GET", record, ADMIN, null);
		assertThat(read.statusCode()).as(record).isEqualTo(200);
		return this.web.send(method, path, ADMIN, body, "If-Match", read.headers().firstValue("ETag").orElseThrow());
	}

}
