package org.backchannel.web.draft;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.testing.Http.basic;

/**
 * POST /api/drafts/from-report over HTTP: an editor gets the proposal with each field's
 * evidence as offsets into the text sent; bad input gets problem+json naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftApiTests {

	static final String EDITOR = basic("drafter", "drafter-password-for-tests");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
		if (!this.users.exists("drafter")) {
			this.users.createUser("drafter", "drafter-password-for-tests", Role.EDITOR);
		}
	}

	EntityExchangeResult<String> post(String authorization, String body) {
		RestTestClient.RequestBodySpec request = this.web.post()
			.uri("/api/drafts/from-report")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request.body(body).exchange().returnResult(String.class);
	}

	static String body(String text, String published) {
		ObjectNode body = JSON.createObjectNode();
		body.put("text", text);
		if (published != null) {
			body.put("published", published);
		}
		return body.toString();
	}

	@Test
	void anEditorGetsTheProposalWithEveryFieldTracedToItsSentence() throws Exception {
		String text = new String(new ClassPathResource("drafts/seed-001.txt").getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		EntityExchangeResult<String> response = post(EDITOR, body(text, "2025-03-16"));
		assertThat(response.getStatus().value()).isEqualTo(200);
		JsonNode p = Http.json(response);
		assertThat(p.at("/date/value/value").asString()).isEqualTo("2025-03-15");
		assertThat(p.at("/date/value/precision").asString()).isEqualTo("DAY");
		JsonNode evidence = p.at("/date/evidence");
		assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
			.isEqualTo(evidence.get("text").asString());
		assertThat(text.substring(evidence.get("matchStart").asInt(), evidence.get("matchEnd").asInt()))
			.isEqualTo("March 15");
		assertThat(p.at("/date/confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(p.at("/date/reason").asString()).isNotBlank();
		assertThat(p.at("/type/value").asString()).isEqualTo("PHONE_CALL");
		assertThat(p.at("/channel/value").asString()).isEqualTo("MINISTERS");
		assertThat(p.get("participants").findValuesAsString("actor")).containsExactly("marco-rubio", "sergei-lavrov");
		assertThat(p.at("/duplicate/value/slug").asString()).isEqualTo("2025-03-15-rubio-lavrov-phone-call");
		assertThat(p.at("/place/value").isNull()).isTrue();
		assertThat(p.at("/place/reason").asString()).contains("phone call");
		assertThat(p.has("present")).isFalse();
	}

	@Test
	void emptyTextMissingOrInvalidDatesAndOversizedTextAreProblems() {
		assertProblem(post(EDITOR, body("   ", "2025-03-16")), "text");
		assertProblem(post(EDITOR, body("Rubio and Lavrov spoke by phone.", null)), "published");
		assertProblem(post(EDITOR, body("Rubio and Lavrov spoke by phone.", "16 March")), "published");
		assertProblem(post(EDITOR, body("Rubio and Lavrov spoke by phone.", "0000-03-16")), "published");
		assertProblem(post(EDITOR, body("Rubio and Lavrov spoke by phone.", "2025-02-30")), "published");
		assertProblem(post(EDITOR, body("Rubio and Lavrov spoke by phone. ".repeat(2000), "2025-03-16")), "text");
		assertProblem(post(EDITOR, "{\"text\": \"Rubio called Lavrov.\", \"published\": \"2025-03-16\", \"x\": 1}"),
				"x");
		assertProblem(post(EDITOR, "[]"), "body");
	}

	@Test
	void readingAReportNeedsCredentials() {
		EntityExchangeResult<String> response = post(null, body("Rubio and Lavrov spoke by phone.", "2025-03-16"));
		assertThat(response.getStatus().value()).isEqualTo(401);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void theOpenApiDocumentDescribesTheEndpointAndItsSchema() {
		JsonNode doc = Http.json(this.web.get().uri("/v3/api-docs").exchange().returnResult(String.class));
		assertThat(doc.at("/paths/~1api~1drafts~1from-report/post/responses/200").isMissingNode()).isFalse();
		assertThat(doc.at("/paths/~1api~1drafts~1from-report/post/responses/400").isMissingNode()).isFalse();
		assertThat(doc.at("/components/schemas/DraftProposal/properties/date").isMissingNode()).isFalse();
		assertThat(doc.at("/components/schemas/Evidence/properties/start").isMissingNode()).isFalse();
	}

	static void assertProblem(EntityExchangeResult<String> response, String field) {
		assertThat(response.getStatus().value()).isEqualTo(400);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Http.json(response).get("errors").findValuesAsString("field")).contains(field);
	}

}
