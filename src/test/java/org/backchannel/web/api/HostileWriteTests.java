package org.backchannel.web.api;

import java.io.StringReader;
import java.net.http.HttpResponse;
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
import org.backchannel.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every write endpoint's JSON body (random and hostile values in every field,
 * wrong types, unknown fields, broken JSON): only 2xx and 4xx. Markup and formulas
 * written through the API are stored verbatim and come out escaped or neutralised on the
 * page, in the feed, the calendar and the CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=hostile-writes", "backchannel.admin.username=warden",
				"backchannel.admin.password=gate-keeper-for-tests" })
class HostileWriteTests {

	static final String ADMIN = WebClient.basic("warden", "gate-keeper-for-tests");

	static final String MARKUP = "<script>alert('x')</script><b onmouseover=\"alert(1)\">bold</b>";

	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

	static final List<String> ENDPOINTS = List.of("/api/events", "/api/actors", "/api/proposals", "/api/sources");

	static final List<String> FIELDS = List.of("slug", "title", "name", "type", "kind", "date", "datePrecision",
			"country", "summary", "initiator", "participants", "readouts", "sources", "outlet", "url", "language",
			"published", "publishedPrecision", "aliases", "roles", "positions", "proposer", "durationMinutes",
			"endDate", "confirmDuplicate", "archivedText");

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
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
				HttpResponse<String> response = post(endpoint, body);
				if (response.statusCode() >= 500 || response.body().contains("Exception")) {
					failures.add(response.statusCode() + " " + endpoint + " "
							+ body.substring(0, Math.min(body.length(), 120)));
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void markupAndFormulasAreStoredVerbatimAndNeverExecutedAnywhere() throws Exception {
		long source = WebClient.parse(this.web.get("/api/events/2025-03-15-rubio-lavrov-phone-call"))
			.get("sources")
			.get(0)
			.get("id")
			.asLong();
		HttpResponse<String> created = post("/api/events", """
				{"title": %s, "type": "MEETING", "date": "2026-09-09", "datePrecision": "DAY",
				 "summary": "A meeting with hostile text.", "place": %s, "initiator": "NOT_REPORTED",
				 "confirmDuplicate": true,
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"}], "sources": [%d]}
				""".formatted(json(MARKUP), json(FORMULA), source));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String slug = WebClient.parse(created).get("slug").asString();
		assertThat(this.web.send("POST", "/api/events/" + slug + "/publish", ADMIN, null, "If-Match", "*").statusCode())
			.isEqualTo(200);

		// Stored verbatim.
		assertThat(WebClient.parse(this.web.get("/api/events/" + slug)).get("title").asString()).isEqualTo(MARKUP);
		// Escaped on the pages.
		for (String page : List.of("/events/" + slug, "/?q=bold", "/actors/marco-rubio")) {
			String html = this.web.get(page).body();
			assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<b onmouseover");
		}
		assertThat(this.web.get("/events/" + slug).body()).contains("&lt;script&gt;alert(");
		// The feed and the calendar carry the text, not markup (real parsers read them
		// back).
		SyndFeed feed = new SyndFeedInput().build(new StringReader(this.web.get("/feed.atom").body()));
		assertThat(feed.getEntries()).anySatisfy((entry) -> assertThat(entry.getTitle()).contains(MARKUP));
		Calendar calendar = new CalendarBuilder().build(new StringReader(this.web.get("/calendar.ics").body()));
		assertThat(calendar.<VEvent>getComponents("VEVENT"))
			.anySatisfy((event) -> assertThat(event.getSummary().getValue()).isEqualTo(MARKUP));
		// The CSV neutralises the formula so a spreadsheet shows it as text.
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.build()
			.parse(new StringReader(this.web.get("/api/events.csv?q=bold").body().replace("\uFEFF", "")))
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

	private HttpResponse<String> post(String path, String body) {
		return send("POST", path, body);
	}

	private HttpResponse<String> send(String method, String path, String body) {
		return this.web.send(method, path, ADMIN, body);
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
