package org.backchannel.web.api;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * Fuzzes every write endpoint's JSON body (random and hostile values in every field,
 * wrong types, unknown fields, broken JSON): only 2xx and 4xx. Markup and formulas
 * written through the API are stored verbatim and come out escaped or neutralised on the
 * page, in the feed, the calendar and the CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=api-writes")
class HostileWriteTests {

	static final String ADMIN = TestAdmin.BASIC;

	static final String MARKUP = "<script>alert('x')</script><b onmouseover=\"alert(1)\">bold</b>";

	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

	static final List<String> ENDPOINTS = List.of("/api/events", "/api/actors", "/api/proposals", "/api/sources");

	static final List<String> FIELDS = List.of("slug", "title", "name", "type", "kind", "date", "datePrecision",
			"country", "summary", "initiator", "participants", "readouts", "sources", "outlet", "url", "language",
			"published", "publishedPrecision", "aliases", "roles", "positions", "proposer", "durationMinutes",
			"endDate", "confirmDuplicate", "archivedText");

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void everyWriteEndpointSurvivesHostileBodies() {
		Random random = new Random(20250710);
		List<String> failures = new ArrayList<>();
		List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "42", "\"text\"", "{\"title\": {}}",
				"{\"unknownField\": 1}", "{\"title\": \"x\", \"title\": \"y\"}", "{\"participants\": \"everyone\"}",
				"{\"sources\": [\"one\"]}", "{\"date\": 20250315}", "{\"title\": \"" + "x".repeat(100_000) + "\"}"));
		for (int i = 0; i < 40; i++) {
			StringBuilder body = new StringBuilder("{");
			for (String field : FIELDS) {
				if (random.nextInt(3) == 0) {
					body.append(body.length() > 1 ? "," : "")
						.append('"')
						.append(field)
						.append("\":")
						.append(value(random));
				}
			}
			bodies.add(body.append('}').toString());
		}
		for (String endpoint : ENDPOINTS) {
			for (String body : bodies) {
				EntityExchangeResult<String> response = post(endpoint, body);
				if (response.getStatus().value() >= 500 || Http.body(response).contains("Exception")) {
					failures.add(response.getStatus().value() + " " + endpoint + " "
							+ body.substring(0, Math.min(body.length(), 120)));
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void markupAndFormulasAreStoredVerbatimAndNeverExecutedAnywhere() throws Exception {
		long source = Http
			.json(this.web.get()
				.uri("/api/events/2025-03-15-rubio-lavrov-phone-call")
				.exchange()
				.returnResult(String.class))
			.get("sources")
			.get(0)
			.get("id")
			.asLong();
		EntityExchangeResult<String> created = post("/api/events", """
				{"title": %s, "type": "MEETING", "date": "2026-09-09", "datePrecision": "DAY",
				 "summary": "A meeting with hostile text.", "place": %s, "initiator": "NOT_REPORTED",
				 "confirmDuplicate": true,
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"}], "sources": [%d]}
				""".formatted(json(MARKUP), json(FORMULA), source));
		assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
		String slug = Http.json(created).get("slug").asString();
		this.web.post()
			.uri("/api/events/" + slug + "/publish")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.header("If-Match", "*")
			.exchange()
			.expectStatus()
			.isEqualTo(200);

		// Stored verbatim.
		assertThat(Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
			.get("title")
			.asString()).isEqualTo(MARKUP);
		// Escaped on the pages.
		for (String page : List.of("/events/" + slug, "/?q=bold", "/actors/marco-rubio")) {
			String html = this.web.get().uri(page).exchange().returnResult(String.class).getResponseBody();
			assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<b onmouseover");
		}
		assertThat(this.web.get().uri("/events/" + slug).exchange().returnResult(String.class).getResponseBody())
			.contains("&lt;script&gt;alert(");
		// The feed and the calendar carry the text, not markup (real parsers read them
		// back).
		SyndFeed feed = new SyndFeedInput().build(new StringReader(
				this.web.get().uri("/feed.atom").exchange().returnResult(String.class).getResponseBody()));
		assertThat(feed.getEntries()).anySatisfy((entry) -> assertThat(entry.getTitle()).contains(MARKUP));
		Calendar calendar = new CalendarBuilder().build(new StringReader(
				this.web.get().uri("/calendar.ics").exchange().returnResult(String.class).getResponseBody()));
		assertThat(calendar.<VEvent>getComponents("VEVENT"))
			.anySatisfy((event) -> assertThat(event.getSummary().getValue()).isEqualTo(MARKUP));
		// The CSV neutralises the formula so a spreadsheet shows it as text.
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.build()
			.parse(new StringReader(this.web.get()
				.uri("/api/events.csv?q=bold")
				.exchange()
				.returnResult(String.class)
				.getResponseBody()
				.replace("\uFEFF", "")))
			.getRecords();
		assertThat(rows).anySatisfy((row) -> assertThat(row.toMap().values())
			.anySatisfy((cell) -> assertThat(cell).startsWith("'=HYPERLINK")));
		assertThat(rows).noneSatisfy(
				(row) -> assertThat(row.toMap().values()).anySatisfy((cell) -> assertThat(cell).startsWith("=")));
	}

	private static String value(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> json(HostileInputTests.randomString(random));
			case 1 -> json(HostileInputTests.NASTY.get(random.nextInt(HostileInputTests.NASTY.size())));
			case 2 -> String.valueOf(random.nextLong());
			case 3 -> "[" + json(HostileInputTests.randomString(random)) + ", {\"actor\": 7}]";
			case 4 -> "{\"nested\": {\"deeper\": [1, 2, null]}}";
			case 5 -> "null";
			case 6 -> random.nextBoolean() ? "true" : "1e309";
			default -> "[{\"actor\": " + json(MARKUP) + ", \"role\": \"HOST\"}]";
		};
	}

	private EntityExchangeResult<String> post(String path, String body) {
		return send("POST", path, body);
	}

	private EntityExchangeResult<String> send(String method, String path, String body) {
		return this.web.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.body(body)
			.exchange()
			.returnResult(String.class);
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
