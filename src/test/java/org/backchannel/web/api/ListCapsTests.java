package org.backchannel.web.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.backchannel.model.InputRules;
import org.backchannel.testing.StatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every list of a write record has a cap ({@link InputRules#MAX_ROWS} rows): one row over
 * it is a 400 problem+json naming the list, on create and on update of every record with
 * lists; a list of 120,000 ids is refused the same way at once, without a query per id or
 * a query with 120,000 parameters (PostgreSQL takes at most 65,535), and so is the
 * longest list a 1 MB body can hold. The admin forms show the cap next to the list.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-statement-count")
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class ListCapsTests {

	static final int OVER = InputRules.MAX_ROWS + 1;

	static final String EVENT = "2025-07-10-rubio-lavrov-meeting-kuala-lumpur";

	static final String EVENT_BODY = """
			{"title": "Caps", "type": "PHONE_CALL", "date": "2025-03-01", "datePrecision": "DAY",
			 "summary": "A call.", "%s": %s}""";

	/** One row of each list, as JSON. */
	static final Map<String, String> EVENT_ROWS = Map.of("participants",
			"{\"actor\": \"marco-rubio\", \"role\": \"PRINCIPAL\"}", "readouts",
			"{\"side\": \"US\", \"issuer\": \"marco-rubio\", \"summary\": \"Said.\", \"source\": 1}", "quotes",
			"{\"speaker\": \"marco-rubio\", \"text\": \"Words.\", \"source\": 1}", "claims",
			"{\"text\": \"A claim.\", \"status\": \"REPORTED\", \"source\": 1}", "proposals", "\"30-day-ceasefire\"",
			"sources", "1");

	static final Map<String, String> ACTOR_ROWS = Map.of("aliases", "{\"name\": \"Alias\", \"language\": \"en\"}",
			"roles", "{\"title\": \"Envoy\"}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void aListOneRowOverItsCapIsRefusedNamingItOnCreateAndUpdate() throws Exception {
		for (Map.Entry<String, String> list : EVENT_ROWS.entrySet()) {
			String body = EVENT_BODY.formatted(list.getKey(), array(list.getValue(), OVER));
			assertRefused(post("/api/events"), body, list.getKey());
			assertRefused(put("/api/events/" + EVENT), body, list.getKey());
		}
		for (Map.Entry<String, String> list : ACTOR_ROWS.entrySet()) {
			String body = """
					{"name": "Capped", "kind": "PERSON", "%s": %s}""".formatted(list.getKey(),
					array(list.getValue(), OVER));
			assertRefused(post("/api/actors"), body, list.getKey());
			assertRefused(put("/api/actors/marco-rubio"), body, list.getKey());
		}
		String proposal = """
				{"title": "Capped", "summary": "S.", "datePrecision": "UNKNOWN", "positions": %s}"""
			.formatted(array("{\"party\": \"marco-rubio\", \"stance\": \"PROPOSED\", \"source\": 1, "
					+ "\"datePrecision\": \"UNKNOWN\"}", OVER));
		assertRefused(post("/api/proposals"), proposal, "positions");
		assertRefused(put("/api/proposals/30-day-ceasefire"), proposal, "positions");
		// a list inside a row: a readout's key quotes
		String keyQuotes = EVENT_BODY.formatted("readouts",
				"[{\"side\": \"US\", \"issuer\": \"marco-rubio\", \"summary\": \"Said.\", \"source\": 1, "
						+ "\"keyQuotes\": " + array("\"a phrase\"", OVER) + "}]");
		assertRefused(post("/api/events"), keyQuotes, "readouts[0].keyQuotes");
	}

	@Test
	void aListAtItsCapIsNotRefusedForItsLength() throws Exception {
		// 200 ids that name no source: each is reported, the list's length is not
		String ids = IntStream.range(0, InputRules.MAX_ROWS)
			.mapToObj((i) -> String.valueOf(900_000 + i))
			.collect(Collectors.joining(",", "[", "]"));
		StatementCounter.reset();
		MockHttpServletResponse response = send(post("/api/events"), EVENT_BODY.formatted("sources", ids));
		assertThat(response.getStatus()).isEqualTo(400);
		List<String> fields = fields(response);
		assertThat(fields).doesNotContain("sources").contains("sources[0]", "sources[199]");
		assertThat(StatementCounter.count()).as("the ids are looked up in one query").isLessThanOrEqualTo(5);
	}

	@Test
	void aHundredAndTwentyThousandIdsAreRefusedAtOnceWithoutAQueryPerId() throws Exception {
		String ids = IntStream.range(0, 120_000).mapToObj(String::valueOf).collect(Collectors.joining(",", "[", "]"));
		String overByOne = IntStream.range(0, OVER)
			.mapToObj(String::valueOf)
			.collect(Collectors.joining(",", "[", "]"));
		for (String path : List.of("POST /api/events", "PUT /api/events/" + EVENT)) {
			int overByOneStatements = statements(path, EVENT_BODY.formatted("sources", overByOne));
			send(request(path), EVENT_BODY.formatted("sources", ids)); // the JIT warms up
			StatementCounter.reset();
			long start = System.nanoTime();
			MockHttpServletResponse response = send(request(path), EVENT_BODY.formatted("sources", ids));
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(fields(response)).containsExactly("sources");
			assertThat(json(response).get("errors").get(0).get("message").asString())
				.isEqualTo("must have at most 200 entries.");
			assertThat(StatementCounter.count()).as("statements: as many as for 201 ids")
				.isEqualTo(overByOneStatements);
			assertThat(millis).as("milliseconds").isLessThan(2_000);
		}
	}

	@Test
	void theLongestListA1MbBodyHoldsIsReadAndRefusedQuickly() throws Exception {
		// "1," is two bytes: about half a million rows, the most a body under the 1 MB
		// limit can carry; Jackson builds them in a few hundred milliseconds
		String prefix = "{\"title\": \"Caps\", \"type\": \"PHONE_CALL\", \"summary\": \"A call.\", \"sources\": [";
		int rows = (1_000_000 - prefix.length() - 2) / 2;
		String body = prefix + "1,".repeat(rows - 1) + "1]}";
		assertThat(body.length()).isLessThan(1_000_000);
		send(post("/api/events"), body); // the JIT warms up
		long start = System.nanoTime();
		MockHttpServletResponse response = send(post("/api/events"), body);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(fields(response)).containsExactly("sources");
		assertThat(millis).as("milliseconds").isLessThan(2_000);
		// and as many empty rows, which would each fail their own checks
		String emptyRows = prefix.replace("sources", "participants") + "{},".repeat(rows / 2 - 1) + "{}]}";
		assertThat(fields(send(post("/api/events"), emptyRows))).containsExactly("participants");
	}

	@Test
	void theAdminFormsShowTheCapNextToTheList() throws Exception {
		MockHttpServletRequestBuilder actor = form("/admin/actors/new").param("name", "Capped Person")
			.param("kind", "PERSON");
		MockHttpServletRequestBuilder proposal = form("/admin/proposals/new").param("title", "Capped plan")
			.param("summary", "A plan.")
			.param("datePrecision", "UNKNOWN");
		MockHttpServletRequestBuilder event = form("/admin/events/new").param("event.title", "Capped call")
			.param("event.type", "PHONE_CALL")
			.param("event.summary", "A call.");
		for (int i = 0; i < OVER; i++) {
			actor.param("aliases[" + i + "].name", "Alias " + i).param("aliases[" + i + "].language", "en");
			proposal.param("positions[" + i + "].party", "marco-rubio")
				.param("positions[" + i + "].stance", "PROPOSED")
				.param("positions[" + i + "].datePrecision", "UNKNOWN")
				.param("positions[" + i + "].source", "1");
			event.param("event.sources[" + i + "]", String.valueOf(i + 1));
		}
		String message = "must have at most " + InputRules.MAX_ROWS + " entries.";
		assertThat(page(actor).getElementById("error-aliases").text()).isEqualTo(message);
		assertThat(page(proposal).getElementById("error-positions").text()).isEqualTo(message);
		assertThat(page(event).getElementById("error-sources").text()).isEqualTo(message);
	}

	private static MockHttpServletRequestBuilder form(String path) {
		return post(path).with(csrf()).with(user("edith").roles("EDITOR"));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private int statements(String path, String body) throws Exception {
		StatementCounter.reset();
		MockHttpServletResponse response = send(request(path), body);
		assertThat(fields(response)).containsExactly("sources");
		return StatementCounter.count();
	}

	private static MockHttpServletRequestBuilder request(String path) {
		String[] methodAndPath = path.split(" ");
		return methodAndPath[0].equals("POST") ? post(methodAndPath[1]) : put(methodAndPath[1]);
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String body, String field) throws Exception {
		MockHttpServletResponse response = send(request, body);
		assertThat(response.getStatus()).as(field + ": " + response.getContentAsString()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(fields(response)).as(field).contains(field);
		assertThat(messages(response)).as(field).contains("must have at most " + InputRules.MAX_ROWS + " entries.");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.mvc
			.perform(request.with(user("edith").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.header("If-Match", "*")
				.content(body))
			.andReturn()
			.getResponse();
	}

	private JsonNode json(MockHttpServletResponse response) throws Exception {
		return this.json.readTree(response.getContentAsString());
	}

	private List<String> fields(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		return json(response).get("errors").findValuesAsString("field");
	}

	private List<String> messages(MockHttpServletResponse response) throws Exception {
		return json(response).get("errors").findValuesAsString("message");
	}

	private static String array(String row, int count) {
		return IntStream.range(0, count).mapToObj((i) -> row).collect(Collectors.joining(",", "[", "]"));
	}

}
