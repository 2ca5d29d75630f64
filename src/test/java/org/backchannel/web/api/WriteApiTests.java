package org.backchannel.web.api;

import org.backchannel.testing.ApiTestSupport;

import java.net.http.HttpResponse;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;
import org.backchannel.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's writes end to end over HTTP Basic: drafts, publishing, If-Match conflicts,
 * validation as problem+json, deletion and the change feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=admin-write-api", "backchannel.admin.username=root",
				"backchannel.admin.password=rook-castle-for-tests" })
class WriteApiTests {

	static final String ADMIN = basic("root", "rook-castle-for-tests");

	static final String EDITOR = basic("writer", "writer-password-for-tests");

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	WebClient web;

	long source;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
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
		HttpResponse<String> created = send("POST", "/api/events", EDITOR, event("API call", "2026-07-01"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String slug = WebClient.parse(created).get("slug").asString();
		assertThat(slug).isEqualTo("2026-07-01-api-call");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/events/" + slug);
		String etag = created.headers().firstValue("ETag").orElseThrow();

		// A draft is invisible to the public API, the pages and the change feed.
		assertThat(this.web.get("/api/events/" + slug).statusCode()).isEqualTo(404);
		assertThat(this.web.get("/events/" + slug).statusCode()).isEqualTo(404);
		assertThat(this.web.get("/api/events?q=fruitful&limit=100").body()).doesNotContain(slug);
		assertThat(this.web.get("/").body()).doesNotContain(slug);
		assertThat(this.web.get("/api/changes?since=" + start).body()).doesNotContain(slug);

		assertThat(send("POST", "/api/events/" + slug + "/publish", EDITOR, null).statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/events/" + slug + "/publish", ADMIN, null).statusCode()).isEqualTo(428);
		HttpResponse<String> published = send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "If-Match",
				etag);
		assertThat(published.statusCode()).isEqualTo(200);
		etag = published.headers().firstValue("ETag").orElseThrow();
		assertThat(WebClient.parse(this.web.get("/api/events/" + slug)).get("title").asString()).isEqualTo("API call");

		// An update needs If-Match; of two edits of the same version only the first wins.
		assertThat(send("PUT", "/api/events/" + slug, ADMIN, event("No version", "2026-07-01")).statusCode())
			.isEqualTo(428);
		HttpResponse<String> first = send("PUT", "/api/events/" + slug, ADMIN, event("First edit", "2026-07-01"),
				"If-Match", etag);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).isNotEqualTo(etag);
		HttpResponse<String> second = send("PUT", "/api/events/" + slug, ADMIN, event("Second edit", "2026-07-01"),
				"If-Match", etag);
		assertThat(second.statusCode()).isEqualTo(412);
		assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(WebClient.parse(second).get("currentETag").asString())
			.isEqualTo(first.headers().firstValue("ETag").orElseThrow());
		assertThat(WebClient.parse(this.web.get("/api/events/" + slug)).get("title").asString())
			.isEqualTo("First edit");

		assertThat(send("DELETE", "/api/events/" + slug, EDITOR, null).statusCode()).isEqualTo(403);
		assertThat(send("DELETE", "/api/events/" + slug, ADMIN, null).statusCode()).isEqualTo(428);
		assertThat(send("DELETE", "/api/events/" + slug, ADMIN, null, "If-Match", etag).statusCode()).isEqualTo(412);
		assertThat(send("DELETE", "/api/events/" + slug, ADMIN, null, "If-Match",
				this.web.get("/api/events/" + slug).headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(204);
		assertThat(this.web.get("/api/events/" + slug).statusCode()).isEqualTo(404);

		JsonNode changes = WebClient.parse(this.web.get("/api/changes?since=" + start));
		assertThat(changes.get("changes").toString()).contains("\"key\":\"" + slug + "\"")
			.contains("\"change\":\"REMOVED\"");

		assertThat(send("POST", "/api/events/" + slug + "/restore?revision=2", ADMIN, null).statusCode())
			.isEqualTo(200);
		assertThat(WebClient.parse(this.web.get("/api/events/" + slug)).get("title").asString()).isEqualTo("API call");
	}

	@Test
	void invalidBodiesAreProblemsThatNameEachField() {
		String bad = """
				{"title": "", "type": "PHONE_CALL", "date": "2026-07", "datePrecision": "DAY", "endDate": "2026-06-01",
				 "summary": "x", "country": "Russia",
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"}, {"actor": "marco-rubio", "role": "HOST"}],
				 "sources": []}
				""";
		HttpResponse<String> response = send("POST", "/api/events", EDITOR, bad);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = WebClient.parse(response);
		assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
		assertThat(problem.get("errors").findValuesAsString("field")).contains("title", "date", "country",
				"participants[1].actor", "sources");

		HttpResponse<String> unknown = send("POST", "/api/events", EDITOR,
				event("Unknown field", "2026-07-02").replace("\"title\"", "\"colour\": \"red\", \"title\""));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(WebClient.parse(unknown).get("errors").findValuesAsString("field")).containsExactly("colour");

		HttpResponse<String> badEnum = send("POST", "/api/events", EDITOR,
				event("Bad enum", "2026-07-02").replace("\"PHONE_CALL\"", "\"TELEGRAM\""));
		assertThat(badEnum.statusCode()).isEqualTo(400);
		assertThat(WebClient.parse(badEnum).get("errors").findValuesAsString("field")).containsExactly("type");
		assertThat(WebClient.parse(badEnum).get("detail").asString()).contains("PHONE_CALL, MEETING")
			.doesNotContain("org.backchannel")
			.doesNotContain("java.");

		HttpResponse<String> malformed = send("POST", "/api/events", EDITOR, "{\"title\": ");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(WebClient.parse(malformed).get("type").asString()).endsWith("/invalid-input");

		assertThat(send("POST", "/api/events", null, event("Anonymous", "2026-07-03")).statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/events", basic("writer", "wrong"), event("Wrong", "2026-07-03")).statusCode())
			.isEqualTo(401);
	}

	@Test
	void actorsProposalsAndSourcesAreWrittenTheSameWay() {
		HttpResponse<String> source = send("POST", "/api/sources", EDITOR, """
				{"outlet": "Example Wire", "title": "A report", "url": "https://example.org/report", "language": "en",
				 "published": "2026-07", "publishedPrecision": "MONTH", "archivedText": "The full text."}
				""");
		assertThat(source.statusCode()).as(source.body()).isEqualTo(201);
		long sourceId = WebClient.parse(source).get("id").asLong();
		assertThat(WebClient.parse(this.web.get("/api/sources/" + sourceId)).get("archivedText").asString())
			.isEqualTo("The full text.");
		HttpResponse<String> badUrl = send("POST", "/api/sources", EDITOR, """
				{"outlet": "Example Wire", "title": "Another", "url": "not a url", "language": "en",
				 "publishedPrecision": "UNKNOWN"}
				""");
		assertThat(WebClient.parse(badUrl).get("errors").findValuesAsString("field")).containsExactly("url");

		HttpResponse<String> actor = send("POST", "/api/actors", EDITOR, """
				{"name": "Jane Envoy", "kind": "PERSON", "country": "US",
				 "aliases": [{"name": "J. Envoy", "language": "en"}],
				 "roles": [{"title": "Special Envoy", "startDate": "2026-01-01", "source": %d}]}
				""".formatted(sourceId));
		assertThat(actor.statusCode()).as(actor.body()).isEqualTo(201);
		assertThat(actor.headers().firstValue("Location")).hasValue("/api/actors/jane-envoy");
		HttpResponse<String> renamed = send("PUT", "/api/actors/jane-envoy", EDITOR, """
				{"name": "Jane Q. Envoy", "kind": "PERSON", "country": "US",
				 "aliases": [{"name": "J. Envoy", "language": "en"}, {"name": "Джейн", "language": "ru"}], "roles": []}
				""", "If-Match", actor.headers().firstValue("ETag").orElseThrow());
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		JsonNode detail = WebClient.parse(this.web.get("/api/actors/jane-envoy"));
		assertThat(detail.get("name").asString()).isEqualTo("Jane Q. Envoy");
		assertThat(detail.get("aliases").findValuesAsString("name")).containsExactlyInAnyOrder("J. Envoy", "Джейн");

		HttpResponse<String> proposal = send("POST", "/api/proposals", EDITOR, """
				{"title": "Prisoner exchange", "summary": "1,000 for 1,000.", "proposer": "jane-envoy",
				 "date": "2026-07", "datePrecision": "MONTH",
				 "positions": [{"party": "sergei-lavrov", "stance": "ACCEPTED", "date": "2026-07-02",
				                "datePrecision": "DAY", "source": %d}]}
				""".formatted(sourceId));
		assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(201);
		assertThat(WebClient.parse(this.web.get("/api/proposals/prisoner-exchange")).get("positions").size())
			.isEqualTo(1);

		// Still cited or named: the source and the actor cannot go; the proposal can.
		assertThat(send("DELETE", "/api/sources/" + sourceId, ADMIN, null, "If-Match", "*").statusCode())
			.isEqualTo(409);
		assertThat(send("DELETE", "/api/actors/jane-envoy", ADMIN, null, "If-Match", "*").statusCode()).isEqualTo(409);
		assertThat(send("DELETE", "/api/proposals/prisoner-exchange", EDITOR, null).statusCode()).isEqualTo(403);
		assertThat(send("DELETE", "/api/proposals/prisoner-exchange", ADMIN, null).statusCode()).isEqualTo(428);
		String proposalTag = this.web.get("/api/proposals/prisoner-exchange")
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(proposal.headers().firstValue("ETag")).as("the tag of the answer to a write is the GET's")
			.hasValue(proposalTag);
		assertThat(
				send("DELETE", "/api/proposals/prisoner-exchange", ADMIN, null, "If-Match", proposalTag).statusCode())
			.isEqualTo(204);
		assertThat(this.web.get("/api/proposals/prisoner-exchange").statusCode()).isEqualTo(404);
	}

	@Test
	void theETagOfAReadIsWhatIfMatchAcceptsAsRfc9110Says() {
		HttpResponse<String> created = send("POST", "/api/events", EDITOR, event("Tagged call", "2026-07-09"));
		String slug = WebClient.parse(created).get("slug").asString();
		String createdTag = created.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> draft = send("GET", "/api/events/" + slug, EDITOR, null);
		assertThat(draft.headers().firstValue("ETag")).as("one tag per representation").hasValue(createdTag);
		assertThat(createdTag).matches("\"v\\d+-[0-9a-f]+\"");

		// A list of tags matches if any is current; a weak tag never matches (strong
		// comparison); * matches any current representation.
		HttpResponse<String> weak = send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "If-Match",
				"W/" + createdTag);
		assertThat(weak.statusCode()).isEqualTo(412);
		assertThat(weak.headers().firstValue("ETag")).hasValue(createdTag);
		JsonNode problem = WebClient.parse(weak);
		assertThat(problem.get("type").asString()).endsWith("/precondition-failed");
		assertThat(problem.get("currentETag").asString()).isEqualTo(createdTag);
		assertThat(problem.get("detail").asString()).contains(createdTag);
		HttpResponse<String> listed = send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "If-Match",
				"\"v0-0000\", " + createdTag);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		String publishedTag = listed.headers().firstValue("ETag").orElseThrow();
		assertThat(publishedTag).isNotEqualTo(createdTag);

		HttpResponse<String> read = this.web.get("/api/events/" + slug);
		assertThat(read.headers().firstValue("ETag")).hasValue(publishedTag);
		HttpResponse<String> star = send("PUT", "/api/events/" + slug, ADMIN, event("Tagged call again", "2026-07-09"),
				"If-Match", "*");
		assertThat(star.statusCode()).as(star.body()).isEqualTo(200);
		assertThat(send("PUT", "/api/events/" + slug, ADMIN, event("Lost", "2026-07-09"), "If-Match", publishedTag)
			.statusCode()).isEqualTo(412);
		HttpResponse<String> garbled = send("PUT", "/api/events/" + slug, ADMIN, event("Lost", "2026-07-09"),
				"If-Match", "v3");
		assertThat(garbled.statusCode()).isEqualTo(400);
		assertThat(WebClient.parse(garbled).get("errors").findValuesAsString("field")).containsExactly("If-Match");

		// HEAD carries what GET carries, and both answer 304 to a matching If-None-Match.
		String path = "/api/events/" + slug;
		HttpResponse<String> get = this.web.get(path);
		HttpResponse<String> head = head(path);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		for (String header : new String[] { "ETag", "Cache-Control", "Content-Type", "Vary" }) {
			assertThat(head.headers().allValues(header)).as(header).isEqualTo(get.headers().allValues(header));
		}
		String tag = get.headers().firstValue("ETag").orElseThrow();
		assertThat(head(path, "If-None-Match", tag).statusCode()).isEqualTo(304);
		assertThat(this.web.get(path, "If-None-Match", "\"other\", " + tag).statusCode()).isEqualTo(304);
		HttpResponse<String> headList = head("/api/events?limit=2");
		HttpResponse<String> getList = this.web.get("/api/events?limit=2");
		for (String header : new String[] { "ETag", "Link", "Cache-Control", "Vary" }) {
			assertThat(headList.headers().allValues(header)).as(header).isEqualTo(getList.headers().allValues(header));
		}
		assertThat(headList.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void editorsReadADraftAtItsLocationAndListDraftsWhileThePublicSeesNeither() {
		HttpResponse<String> created = send("POST", "/api/events", EDITOR, event("Draft for review", "2026-07-11"));
		String location = created.headers().firstValue("Location").orElseThrow();
		String slug = WebClient.parse(created).get("slug").asString();

		HttpResponse<String> asEditor = send("GET", location, EDITOR, null);
		assertThat(asEditor.statusCode()).isEqualTo(200);
		assertThat(WebClient.parse(asEditor).get("title").asString()).isEqualTo("Draft for review");
		assertThat(asEditor.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(send("GET", location, ADMIN, null).statusCode()).isEqualTo(200);
		assertThat(this.web.get(location).statusCode()).isEqualTo(404);

		HttpResponse<String> drafts = send("GET", "/api/events?status=draft&limit=100", EDITOR, null);
		assertThat(drafts.statusCode()).as(drafts.body()).isEqualTo(200);
		assertThat(ApiTestSupport
			.slugs(java.util.stream.StreamSupport.stream(WebClient.parse(drafts).get("items").spliterator(), false)
				.toList()))
			.contains(slug);
		assertThat(drafts.headers().firstValue("Cache-Control")).hasValue("private, no-store");

		HttpResponse<String> anonymous = this.web.get("/api/events?status=draft");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(WebClient.parse(anonymous).get("type").asString()).endsWith("/sign-in-required");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
		assertThat(this.web.get("/api/events?limit=100").body()).doesNotContain(slug);
		assertThat(this.web.get("/api/events?status=bogus").statusCode()).isEqualTo(400);
		assertThat(send("GET", "/api/events?status=draft&type=MEETING", EDITOR, null).statusCode()).isEqualTo(400);
	}

	@Test
	void theChangeFeedIsFollowedToItsEndByCursorWithoutRepeatsAtMillisecondPrecision() {
		Instant start = Instant.now().minusSeconds(1);
		HttpResponse<String> first = this.web.get("/api/changes?since=" + start);
		assertThat(first.statusCode()).isEqualTo(200);
		String cursor = WebClient.parse(first).get("nextCursor").asString();
		java.util.List<String> seen = new java.util.ArrayList<>();
		WebClient.parse(first).get("changes").forEach((change) -> seen.add(change.get("key").asString()));

		for (int i = 0; i < 3; i++) {
			HttpResponse<String> created = send("POST", "/api/sources", EDITOR, """
					{"outlet": "Feed Wire", "title": "Report %d", "url": "https://example.org/feed-%d",
					 "language": "en", "publishedPrecision": "UNKNOWN"}
					""".formatted(i, i));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		// Follow the cursor until an answer is empty: every change once, none again.
		java.util.List<String> followed = new java.util.ArrayList<>();
		for (int pages = 0;; pages++) {
			assertThat(pages).isLessThan(20);
			JsonNode page = WebClient.parse(this.web.get("/api/changes?cursor=" + cursor));
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
		JsonNode bySince = WebClient.parse(this.web.get("/api/changes?since=" + start));
		String until = bySince.get("until").asString();
		JsonNode again = WebClient.parse(this.web.get("/api/changes?since=" + until));
		assertThat(again.get("changes").toString()).doesNotContain(followed.get(2) + "\"");
		assertThat(this.web.get("/api/changes?cursor=bm90LW91cnM").statusCode()).isEqualTo(400);
	}

	HttpResponse<String> head(String path, String... headers) {
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(this.web.url(path)))
			.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.web.send(request.build());
	}

	@Test
	void theChangeFeedNeedsAValidSince() {
		HttpResponse<String> response = this.web.get("/api/changes?since=yesterday");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("since");
	}

	@Test
	void refusedWritesAreProblemDocumentsLikeEveryOtherError() {
		HttpResponse<String> anonymous = send("POST", "/api/events", null, event("Anonymous call", "2026-08-01"));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
		assertThat(WebClient.parse(anonymous).get("title").asString()).isEqualTo("Sign-in required");

		HttpResponse<String> wrongPassword = send("POST", "/api/events", basic("writer", "wrong"),
				event("Wrong password call", "2026-08-01"));
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/problem+json");

		HttpResponse<String> editorDeletes = send("DELETE", "/api/events/2025-03-15-rubio-lavrov-phone-call", EDITOR,
				null);
		assertThat(editorDeletes.statusCode()).isEqualTo(403);
		assertThat(editorDeletes.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/problem+json");
		assertThat(WebClient.parse(editorDeletes).get("detail").asString()).contains("admin");
		assertThat(this.web.get("/api/events/2025-03-15-rubio-lavrov-phone-call").statusCode()).isEqualTo(200);
	}

	HttpResponse<String> send(String method, String path, String authorization, String json, String... headers) {
		return this.web.send(method, path, authorization, json, headers);
	}

	static String basic(String user, String password) {
		return WebClient.basic(user, password);
	}

}
