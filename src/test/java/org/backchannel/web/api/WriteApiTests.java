package org.backchannel.web.api;

import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.ApiTestSupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's writes end to end over HTTP Basic: drafts, publishing, If-Match conflicts,
 * validation as problem+json, deletion and the change feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=api-writes")
class WriteApiTests {

	static final String ADMIN = TestAdmin.BASIC;

	static final String EDITOR = basic("writer", "writer-password-for-tests");

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	RestTestClient web;

	long source;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
		if (!this.users.exists("writer")) {
			this.users.createUser("writer", "writer-password-for-tests", Role.EDITOR);
		}
		this.source = this.jdbc.sql("select id from source where seed_file = '003_56f64484c723aef1.txt'")
			.query(Long.class)
			.single();
	}

	String event(String title, String date) {
		return """
				{"title": "%s", "type": "PHONE_CALL", "date": "%s", "datePrecision": "DAY",
				 "summary": "A call about next steps.", "initiator": "RUSSIA",
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"},
				                  {"actor": "sergei-lavrov", "role": "PRINCIPAL"}],
				 "readouts": [{"side": "RUSSIA", "issuer": "sergei-lavrov", "summary": "A fruitful exchange.",
				               "keyQuotes": ["fruitful exchange of opinions"], "source": %d}],
				 "sources": [%d]}
				""".formatted(title, date, this.source, this.source);
	}

	@Test
	void anEventGoesFromDraftToPublishedToDeletedWithConflictsRefused() {
		Instant start = Instant.now();
		EntityExchangeResult<String> created = send("POST", "/api/events", EDITOR, event("API call", "2026-07-01"));
		assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
		String slug = Http.json(created).get("slug").asString();
		assertThat(slug).isEqualTo("2026-07-01-api-call");
		assertThat(Http.header(created, "Location")).hasValue("/api/events/" + slug);
		String etag = Http.header(created, "ETag").orElseThrow();

		// A draft is invisible to the public API, the pages and the change feed.
		this.web.get().uri("/api/events/" + slug).exchange().expectStatus().isEqualTo(404);
		this.web.get().uri("/events/" + slug).exchange().expectStatus().isEqualTo(404);
		assertThat(this.web.get()
			.uri("/api/events?q=fruitful&limit=100")
			.exchange()
			.returnResult(String.class)
			.getResponseBody()).doesNotContain(slug);
		assertThat(this.web.get().uri("/").exchange().returnResult(String.class).getResponseBody())
			.doesNotContain(slug);
		assertThat(this.web.get()
			.uri("/api/changes?since=" + start)
			.exchange()
			.returnResult(String.class)
			.getResponseBody()).doesNotContain(slug);

		assertThat(send("POST", "/api/events/" + slug + "/publish", EDITOR, null).getStatus().value()).isEqualTo(403);
		assertThat(send("POST", "/api/events/" + slug + "/publish", ADMIN, null).getStatus().value()).isEqualTo(428);
		EntityExchangeResult<String> published = send("POST", "/api/events/" + slug + "/publish", ADMIN, null,
				"If-Match", etag);
		assertThat(published.getStatus().value()).isEqualTo(200);
		etag = Http.header(published, "ETag").orElseThrow();
		assertThat(Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
			.get("title")
			.asString()).isEqualTo("API call");

		// An update needs If-Match; of two edits of the same version only the first wins.
		assertThat(send("PUT", "/api/events/" + slug, ADMIN, event("No version", "2026-07-01")).getStatus().value())
			.isEqualTo(428);
		EntityExchangeResult<String> first = send("PUT", "/api/events/" + slug, ADMIN,
				event("First edit", "2026-07-01"), "If-Match", etag);
		assertThat(first.getStatus().value()).as(first.getResponseBody()).isEqualTo(200);
		assertThat(Http.header(first, "ETag")).isNotEqualTo(etag);
		EntityExchangeResult<String> second = send("PUT", "/api/events/" + slug, ADMIN,
				event("Second edit", "2026-07-01"), "If-Match", etag);
		assertThat(second.getStatus().value()).isEqualTo(412);
		assertThat(Http.header(second, "Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(second).get("currentETag").asString()).isEqualTo(Http.header(first, "ETag").orElseThrow());
		assertThat(Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
			.get("title")
			.asString()).isEqualTo("First edit");

		assertThat(send("DELETE", "/api/events/" + slug, EDITOR, null).getStatus().value()).isEqualTo(403);
		assertThat(send("DELETE", "/api/events/" + slug, ADMIN, null).getStatus().value()).isEqualTo(428);
		assertThat(send("DELETE", "/api/events/" + slug, ADMIN, null, "If-Match", etag).getStatus().value())
			.isEqualTo(412);
		assertThat(send("DELETE", "/api/events/" + slug, ADMIN, null, "If-Match",
				Http.header(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class), "ETag")
					.orElseThrow())
			.getStatus()
			.value()).isEqualTo(204);
		this.web.get().uri("/api/events/" + slug).exchange().expectStatus().isEqualTo(404);

		JsonNode changes = Http
			.json(this.web.get().uri("/api/changes?since=" + start).exchange().returnResult(String.class));
		assertThat(changes.get("changes").toString()).contains("\"key\":\"" + slug + "\"")
			.contains("\"change\":\"REMOVED\"");

		assertThat(send("POST", "/api/events/" + slug + "/restore?revision=2", ADMIN, null).getStatus().value())
			.isEqualTo(200);
		assertThat(Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
			.get("title")
			.asString()).isEqualTo("API call");
	}

	@Test
	void anEditorsPutOfAPublishedEventNeverTakesItOffTheSite() {
		EntityExchangeResult<String> created = send("POST", "/api/events", EDITOR, event("Kept call", "2026-07-12"));
		String slug = Http.json(created).get("slug").asString();
		Instant beforePublishing = Instant.now();
		EntityExchangeResult<String> published = send("POST", "/api/events/" + slug + "/publish", ADMIN, null,
				"If-Match", Http.header(created, "ETag").orElseThrow());
		String etag = Http.header(published, "ETag").orElseThrow();

		// the same body again: nothing changes
		EntityExchangeResult<String> same = send("PUT", "/api/events/" + slug, EDITOR, event("Kept call", "2026-07-12"),
				"If-Match", etag);
		assertThat(same.getStatus().value()).as(same.getResponseBody()).isEqualTo(200);
		assertThat(Http.json(same).get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(Http.json(same).get("pendingReview").asBoolean()).isFalse();
		this.web.get().uri("/api/events/" + slug).exchange().expectStatus().isOk();

		// a real change awaits review; the public record stays as it was
		EntityExchangeResult<String> changed = send("PUT", "/api/events/" + slug, EDITOR,
				event("Changed call", "2026-07-12"), "If-Match", etag);
		assertThat(changed.getStatus().value()).isEqualTo(200);
		assertThat(Http.json(changed).get("pendingReview").asBoolean()).isTrue();
		assertThat(Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
			.get("title")
			.asString()).isEqualTo("Kept call");
		this.web.get().uri("/events/" + slug).exchange().expectStatus().isOk();
		JsonNode changes = Http
			.json(this.web.get().uri("/api/changes?since=" + beforePublishing).exchange().returnResult(String.class))
			.get("changes");
		List<String> ofThisEvent = new ArrayList<>();
		changes.forEach((change) -> {
			if (slug.equals(change.path("key").asString())) {
				ofThisEvent.add(change.path("change").asString() + " " + change.path("action").asString());
			}
		});
		assertThat(ofThisEvent).as("the change feed: published, never removed, no unreviewed change")
			.containsExactly("UPDATED PUBLISH");
	}

	@Test
	void errorsOnTheDateThePlaceAndTheInitiatorNameTheirJsonProperties() {
		String bad = event("Grouped fields", "2026-02-30").replace("\"initiator\": \"RUSSIA\"",
				"\"initiator\": \"RUSSIA\", \"initiatorActor\": \"nobody-at-all\", \"initiatorNote\": \"a\\nb\", "
						+ "\"endDate\": \"2026-01-01\", \"place\": \"x\\ny\", \"durationMinutes\": 0");
		EntityExchangeResult<String> response = send("POST", "/api/events", EDITOR, bad);
		assertThat(response.getStatus().value()).as(response.getResponseBody()).isEqualTo(400);
		JsonNode problem = Http.json(response);
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("date",
				"durationMinutes", "place", "initiatorNote", "initiatorActor");
		assertThat(problem.get("detail").asString()).contains("date is not a real date.")
			.doesNotContain("when.", "where.", "initiated.");

		String earlyEnd = event("Ends early", "2026-02-03").replace("\"initiator\": \"RUSSIA\"",
				"\"initiator\": \"RUSSIA\", \"endDate\": \"2026-02-01\"");
		EntityExchangeResult<String> ended = send("POST", "/api/events", EDITOR, earlyEnd);
		assertThat(ended.getStatus().value()).as(ended.getResponseBody()).isEqualTo(400);
		assertThat(Http.json(ended).get("errors").findValuesAsString("field")).containsExactly("endDate");

		// Without any date field the body is still checked, and the message names the
		// JSON property.
		String undated = event("Undated", "2026-02-03").replace("\"date\": \"2026-02-03\", \"datePrecision\": \"DAY\",",
				"");
		EntityExchangeResult<String> missing = send("POST", "/api/events", EDITOR, undated);
		assertThat(missing.getStatus().value()).as(missing.getResponseBody()).isEqualTo(400);
		assertThat(Http.json(missing).get("errors").findValuesAsString("field")).containsExactly("datePrecision");
	}

	@Test
	void invalidBodiesAreProblemsThatNameEachField() {
		String bad = """
				{"title": "", "type": "PHONE_CALL", "date": "2026-07", "datePrecision": "DAY", "endDate": "2026-06-01",
				 "summary": "x", "country": "Russia",
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"}, {"actor": "marco-rubio", "role": "HOST"}],
				 "sources": []}
				""";
		EntityExchangeResult<String> response = send("POST", "/api/events", EDITOR, bad);
		assertThat(response.getStatus().value()).isEqualTo(400);
		assertThat(Http.header(response, "Content-Type")).hasValue("application/problem+json");
		JsonNode problem = Http.json(response);
		assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
		assertThat(problem.get("errors").findValuesAsString("field")).contains("title", "date", "country",
				"participants[1].actor", "sources");

		EntityExchangeResult<String> unknown = send("POST", "/api/events", EDITOR,
				event("Unknown field", "2026-07-02").replace("\"title\"", "\"colour\": \"red\", \"title\""));
		assertThat(unknown.getStatus().value()).isEqualTo(400);
		assertThat(Http.json(unknown).get("errors").findValuesAsString("field")).containsExactly("colour");

		EntityExchangeResult<String> badEnum = send("POST", "/api/events", EDITOR,
				event("Bad enum", "2026-07-02").replace("\"PHONE_CALL\"", "\"TELEGRAM\""));
		assertThat(badEnum.getStatus().value()).isEqualTo(400);
		assertThat(Http.json(badEnum).get("errors").findValuesAsString("field")).containsExactly("type");
		assertThat(Http.json(badEnum).get("detail").asString()).contains("PHONE_CALL, MEETING")
			.doesNotContain("org.backchannel")
			.doesNotContain("java.");

		EntityExchangeResult<String> malformed = send("POST", "/api/events", EDITOR, "{\"title\": ");
		assertThat(malformed.getStatus().value()).isEqualTo(400);
		assertThat(Http.header(malformed, "Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(malformed).get("type").asString()).endsWith("/invalid-input");

		assertThat(send("POST", "/api/events", null, event("Anonymous", "2026-07-03")).getStatus().value())
			.isEqualTo(401);
		assertThat(
				send("POST", "/api/events", basic("writer", "wrong"), event("Wrong", "2026-07-03")).getStatus().value())
			.isEqualTo(401);
	}

	@Test
	void actorsProposalsAndSourcesAreWrittenTheSameWay() {
		EntityExchangeResult<String> source = send("POST", "/api/sources", EDITOR, """
				{"outlet": "Example Wire", "title": "A report", "url": "https://example.org/report", "language": "en",
				 "published": "2026-07", "publishedPrecision": "MONTH", "archivedText": "The full text."}
				""");
		assertThat(source.getStatus().value()).as(source.getResponseBody()).isEqualTo(201);
		long sourceId = Http.json(source).get("id").asLong();
		assertThat(Http.json(this.web.get().uri("/api/sources/" + sourceId).exchange().returnResult(String.class))
			.get("archivedText")
			.asString()).isEqualTo("The full text.");
		EntityExchangeResult<String> badUrl = send("POST", "/api/sources", EDITOR, """
				{"outlet": "Example Wire", "title": "Another", "url": "not a url", "language": "en",
				 "publishedPrecision": "UNKNOWN"}
				""");
		assertThat(Http.json(badUrl).get("errors").findValuesAsString("field")).containsExactly("url");
		// A source's voice: another government is named, only an aggregator reprints, and
		// an unknown voice is refused like any bad value.
		EntityExchangeResult<String> unnamed = send("POST", "/api/sources", EDITOR, """
				{"outlet": "SPA", "title": "A readout", "language": "en", "publishedPrecision": "UNKNOWN",
				 "voice": "OTHER_GOVERNMENT", "reprintOf": %d}
				""".formatted(sourceId));
		assertThat(unnamed.getStatus().value()).isEqualTo(400);
		assertThat(Http.json(unnamed).get("errors").findValuesAsString("field")).containsExactly("voiceOf",
				"reprintOf");
		EntityExchangeResult<String> loud = send("POST", "/api/sources", EDITOR, """
				{"outlet": "SPA", "title": "A readout", "language": "en", "publishedPrecision": "UNKNOWN",
				 "voice": "LOUD"}
				""");
		assertThat(loud.getStatus().value()).isEqualTo(400);
		assertThat(Http.header(loud, "Content-Type")).hasValue("application/problem+json");
		EntityExchangeResult<String> reprint = send("POST", "/api/sources", EDITOR, """
				{"outlet": "Example Digest", "title": "A copy", "language": "en", "publishedPrecision": "UNKNOWN",
				 "voice": "AGGREGATOR", "reprintOf": %d}
				""".formatted(sourceId));
		assertThat(reprint.getStatus().value()).as(reprint.getResponseBody()).isEqualTo(201);
		JsonNode copy = Http.json(this.web.get()
			.uri("/api/sources/" + Http.json(reprint).get("id").asLong())
			.exchange()
			.returnResult(String.class));
		assertThat(copy.get("voice").asString()).isEqualTo("AGGREGATOR");
		assertThat(copy.get("reprintOf").asLong()).isEqualTo(sourceId);

		EntityExchangeResult<String> actor = send("POST", "/api/actors", EDITOR, """
				{"name": "Jane Envoy", "kind": "PERSON", "country": "US",
				 "aliases": [{"name": "J. Envoy", "language": "en"}],
				 "roles": [{"title": "Special Envoy", "startDate": "2026-01-01", "source": %d}]}
				""".formatted(sourceId));
		assertThat(actor.getStatus().value()).as(actor.getResponseBody()).isEqualTo(201);
		assertThat(Http.header(actor, "Location")).hasValue("/api/actors/jane-envoy");
		EntityExchangeResult<String> renamed = send("PUT", "/api/actors/jane-envoy", EDITOR, """
				{"name": "Jane Q. Envoy", "kind": "PERSON", "country": "US",
				 "aliases": [{"name": "J. Envoy", "language": "en"}, {"name": "Джейн", "language": "ru"}], "roles": []}
				""", "If-Match", Http.header(actor, "ETag").orElseThrow());
		assertThat(renamed.getStatus().value()).as(renamed.getResponseBody()).isEqualTo(200);
		JsonNode detail = Http.json(this.web.get().uri("/api/actors/jane-envoy").exchange().returnResult(String.class));
		assertThat(detail.get("name").asString()).isEqualTo("Jane Q. Envoy");
		assertThat(detail.get("aliases").findValuesAsString("name")).containsExactlyInAnyOrder("J. Envoy", "Джейн");

		EntityExchangeResult<String> proposal = send("POST", "/api/proposals", EDITOR, """
				{"title": "Prisoner exchange", "summary": "1,000 for 1,000.", "proposer": "jane-envoy",
				 "date": "2026-07", "datePrecision": "MONTH",
				 "positions": [{"party": "sergei-lavrov", "stance": "ACCEPTED", "date": "2026-07-02",
				                "datePrecision": "DAY", "source": %d}]}
				""".formatted(sourceId));
		assertThat(proposal.getStatus().value()).as(proposal.getResponseBody()).isEqualTo(201);
		assertThat(
				Http.json(this.web.get().uri("/api/proposals/prisoner-exchange").exchange().returnResult(String.class))
					.get("positions")
					.size())
			.isEqualTo(1);

		// Still cited or named: the source and the actor cannot go; the proposal can.
		assertThat(send("DELETE", "/api/sources/" + sourceId, ADMIN, null, "If-Match", "*").getStatus().value())
			.isEqualTo(409);
		assertThat(send("DELETE", "/api/actors/jane-envoy", ADMIN, null, "If-Match", "*").getStatus().value())
			.isEqualTo(409);
		assertThat(send("DELETE", "/api/proposals/prisoner-exchange", EDITOR, null).getStatus().value()).isEqualTo(403);
		assertThat(send("DELETE", "/api/proposals/prisoner-exchange", ADMIN, null).getStatus().value()).isEqualTo(428);
		String proposalTag = Http
			.header(this.web.get().uri("/api/proposals/prisoner-exchange").exchange().returnResult(String.class),
					"ETag")
			.orElseThrow();
		assertThat(Http.header(proposal, "ETag")).as("the tag of the answer to a write is the GET's")
			.hasValue(proposalTag);
		assertThat(send("DELETE", "/api/proposals/prisoner-exchange", ADMIN, null, "If-Match", proposalTag).getStatus()
			.value()).isEqualTo(204);
		this.web.get().uri("/api/proposals/prisoner-exchange").exchange().expectStatus().isEqualTo(404);
	}

	@Test
	void theETagOfAReadIsWhatIfMatchAcceptsAsRfc9110Says() {
		EntityExchangeResult<String> created = send("POST", "/api/events", EDITOR, event("Tagged call", "2026-07-09"));
		String slug = Http.json(created).get("slug").asString();
		String createdTag = Http.header(created, "ETag").orElseThrow();
		EntityExchangeResult<String> draft = send("GET", "/api/events/" + slug, EDITOR, null);
		assertThat(Http.header(draft, "ETag")).as("one tag per representation").hasValue(createdTag);
		assertThat(createdTag).matches("\"v\\d+-[0-9a-f]+\"");

		// A list of tags matches if any is current; a weak tag never matches (strong
		// comparison); * matches any current representation.
		EntityExchangeResult<String> weak = send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "If-Match",
				"W/" + createdTag);
		assertThat(weak.getStatus().value()).isEqualTo(412);
		assertThat(Http.header(weak, "ETag")).hasValue(createdTag);
		JsonNode problem = Http.json(weak);
		assertThat(problem.get("type").asString()).endsWith("/precondition-failed");
		assertThat(problem.get("currentETag").asString()).isEqualTo(createdTag);
		assertThat(problem.get("detail").asString()).contains(createdTag);
		EntityExchangeResult<String> listed = send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "If-Match",
				"\"v0-0000\", " + createdTag);
		assertThat(listed.getStatus().value()).as(listed.getResponseBody()).isEqualTo(200);
		String publishedTag = Http.header(listed, "ETag").orElseThrow();
		assertThat(publishedTag).isNotEqualTo(createdTag);

		EntityExchangeResult<String> read = this.web.get()
			.uri("/api/events/" + slug)
			.exchange()
			.returnResult(String.class);
		assertThat(Http.header(read, "ETag")).hasValue(publishedTag);
		EntityExchangeResult<String> star = send("PUT", "/api/events/" + slug, ADMIN,
				event("Tagged call again", "2026-07-09"), "If-Match", "*");
		assertThat(star.getStatus().value()).as(star.getResponseBody()).isEqualTo(200);
		assertThat(send("PUT", "/api/events/" + slug, ADMIN, event("Lost", "2026-07-09"), "If-Match", publishedTag)
			.getStatus()
			.value()).isEqualTo(412);
		EntityExchangeResult<String> garbled = send("PUT", "/api/events/" + slug, ADMIN, event("Lost", "2026-07-09"),
				"If-Match", "v3");
		assertThat(garbled.getStatus().value()).isEqualTo(400);
		assertThat(Http.json(garbled).get("errors").findValuesAsString("field")).containsExactly("If-Match");

		// HEAD carries what GET carries, and both answer 304 to a matching If-None-Match.
		String path = "/api/events/" + slug;
		EntityExchangeResult<String> get = this.web.get().uri(path).exchange().returnResult(String.class);
		EntityExchangeResult<String> head = head(path);
		assertThat(head.getStatus().value()).isEqualTo(200);
		assertThat(Http.body(head)).isEmpty();
		for (String header : new String[] { "ETag", "Cache-Control", "Content-Type", "Vary" }) {
			assertThat(head.getResponseHeaders().getOrEmpty(header)).as(header)
				.isEqualTo(get.getResponseHeaders().getOrEmpty(header));
		}
		String tag = Http.header(get, "ETag").orElseThrow();
		assertThat(head(path, "If-None-Match", tag).getStatus().value()).isEqualTo(304);
		this.web.get().uri(path).header("If-None-Match", "\"other\", " + tag).exchange().expectStatus().isEqualTo(304);
		EntityExchangeResult<String> headList = head("/api/events?limit=2");
		EntityExchangeResult<String> getList = this.web.get()
			.uri("/api/events?limit=2")
			.exchange()
			.returnResult(String.class);
		for (String header : new String[] { "ETag", "Link", "Cache-Control", "Vary" }) {
			assertThat(headList.getResponseHeaders().getOrEmpty(header)).as(header)
				.isEqualTo(getList.getResponseHeaders().getOrEmpty(header));
		}
		assertThat(Http.header(headList, "ETag")).isPresent();
	}

	@Test
	void editorsReadADraftAtItsLocationAndListDraftsWhileThePublicSeesNeither() {
		EntityExchangeResult<String> created = send("POST", "/api/events", EDITOR,
				event("Draft for review", "2026-07-11"));
		String location = Http.header(created, "Location").orElseThrow();
		String slug = Http.json(created).get("slug").asString();

		EntityExchangeResult<String> asEditor = send("GET", location, EDITOR, null);
		assertThat(asEditor.getStatus().value()).isEqualTo(200);
		assertThat(Http.json(asEditor).get("title").asString()).isEqualTo("Draft for review");
		assertThat(Http.header(asEditor, "Cache-Control")).hasValue("private, no-store");
		assertThat(send("GET", location, ADMIN, null).getStatus().value()).isEqualTo(200);
		this.web.get().uri(location).exchange().expectStatus().isEqualTo(404);

		EntityExchangeResult<String> drafts = send("GET", "/api/events?status=draft&limit=100", EDITOR, null);
		assertThat(drafts.getStatus().value()).as(drafts.getResponseBody()).isEqualTo(200);
		assertThat(ApiTestSupport
			.slugs(java.util.stream.StreamSupport.stream(Http.json(drafts).get("items").spliterator(), false).toList()))
			.contains(slug);
		assertThat(Http.header(drafts, "Cache-Control")).hasValue("private, no-store");

		EntityExchangeResult<String> anonymous = this.web.get()
			.uri("/api/events?status=draft")
			.exchange()
			.returnResult(String.class);
		assertThat(anonymous.getStatus().value()).isEqualTo(401);
		assertThat(Http.header(anonymous, "Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(anonymous).get("type").asString()).endsWith("/sign-in-required");
		assertThat(Http.header(anonymous, "WWW-Authenticate").orElseThrow()).startsWith("Basic");
		assertThat(this.web.get().uri("/api/events?limit=100").exchange().returnResult(String.class).getResponseBody())
			.doesNotContain(slug);
		this.web.get().uri("/api/events?status=bogus").exchange().expectStatus().isEqualTo(400);
		assertThat(send("GET", "/api/events?status=draft&type=MEETING", EDITOR, null).getStatus().value())
			.isEqualTo(400);
	}

	@Test
	void theChangeFeedIsFollowedToItsEndByCursorWithoutRepeatsAtMillisecondPrecision() {
		Instant start = Instant.now().minusSeconds(1);
		EntityExchangeResult<String> first = this.web.get()
			.uri("/api/changes?since=" + start)
			.exchange()
			.returnResult(String.class);
		assertThat(first.getStatus().value()).isEqualTo(200);
		String cursor = Http.json(first).get("nextCursor").asString();
		java.util.List<String> seen = new java.util.ArrayList<>();
		Http.json(first).get("changes").forEach((change) -> seen.add(change.get("key").asString()));

		for (int i = 0; i < 3; i++) {
			EntityExchangeResult<String> created = send("POST", "/api/sources", EDITOR, """
					{"outlet": "Feed Wire", "title": "Report %d", "url": "https://example.org/feed-%d",
					 "language": "en", "publishedPrecision": "UNKNOWN"}
					""".formatted(i, i));
			assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
		}
		// Follow the cursor until an answer is empty: every change once, none again.
		java.util.List<String> followed = new java.util.ArrayList<>();
		for (int pages = 0;; pages++) {
			assertThat(pages).isLessThan(20);
			JsonNode page = Http
				.json(this.web.get().uri("/api/changes?cursor=" + cursor).exchange().returnResult(String.class));
			if (page.get("changes").isEmpty()) {
				assertThat(page.get("nextCursor").asString()).as("an empty answer keeps the cursor").isEqualTo(cursor);
				break;
			}
			page.get("changes").forEach((change) -> {
				followed.add(change.get("key").asString());
				assertThat(change.get("changedAt").asString()).matches(".*T\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z");
				assertThat(change.has("revision")).isFalse();
			});
			cursor = page.get("nextCursor").asString();
		}
		assertThat(followed).hasSize(3).doesNotHaveDuplicates();

		// Asking again from the millisecond until of an answer does not list its last
		// change again.
		JsonNode bySince = Http
			.json(this.web.get().uri("/api/changes?since=" + start).exchange().returnResult(String.class));
		String until = bySince.get("until").asString();
		JsonNode again = Http
			.json(this.web.get().uri("/api/changes?since=" + until).exchange().returnResult(String.class));
		assertThat(again.get("changes").toString()).doesNotContain(followed.get(2) + "\"");
		this.web.get().uri("/api/changes?cursor=bm90LW91cnM").exchange().expectStatus().isEqualTo(400);
	}

	EntityExchangeResult<String> head(String path, String... headers) {
		return this.web.head().uri(path).headers(Http.headers(headers)).exchange().returnResult(String.class);
	}

	@Test
	void theChangeFeedNeedsAValidSince() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/changes?since=yesterday")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(400);
		assertThat(response.getResponseBody()).contains("since");
	}

	@Test
	void refusedWritesAreProblemDocumentsLikeEveryOtherError() {
		EntityExchangeResult<String> anonymous = send("POST", "/api/events", null,
				event("Anonymous call", "2026-08-01"));
		assertThat(anonymous.getStatus().value()).isEqualTo(401);
		assertThat(Http.header(anonymous, "Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(Http.header(anonymous, "WWW-Authenticate").orElseThrow()).startsWith("Basic");
		assertThat(Http.json(anonymous).get("title").asString()).isEqualTo("Sign-in required");

		EntityExchangeResult<String> wrongPassword = send("POST", "/api/events", basic("writer", "wrong"),
				event("Wrong password call", "2026-08-01"));
		assertThat(wrongPassword.getStatus().value()).isEqualTo(401);
		assertThat(Http.header(wrongPassword, "Content-Type").orElseThrow()).startsWith("application/problem+json");

		EntityExchangeResult<String> editorDeletes = send("DELETE", "/api/events/2025-03-15-rubio-lavrov-phone-call",
				EDITOR, null);
		assertThat(editorDeletes.getStatus().value()).isEqualTo(403);
		assertThat(Http.header(editorDeletes, "Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(Http.json(editorDeletes).get("detail").asString()).contains("admin");
		this.web.get().uri("/api/events/2025-03-15-rubio-lavrov-phone-call").exchange().expectStatus().isEqualTo(200);
	}

	EntityExchangeResult<String> send(String method, String path, String authorization, String json,
			String... headers) {
		RestTestClient.RequestBodySpec request = this.web.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.headers(Http.headers(headers));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (json != null) {
			request.body(json);
		}
		return request.exchange().returnResult(String.class);
	}

	static String basic(String user, String password) {
		return Http.basic(user, password);
	}

}
