package org.backchannel.web.event;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.backchannel.event.EventSummary;
import org.backchannel.event.Channel;
import org.backchannel.event.ConfirmationLevel;
import org.backchannel.event.Confirmation;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.ParticipantView;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export round-trips through a real CSV parser and says what the JSON says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvExportTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void everyEventIsOneRowInAStableColumnOrder() throws IOException {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/events.csv")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv").containsIgnoringCase("UTF-8"));
		assertThat(Http.header(response, "Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment"));
		assertThat(response.getResponseBody()).startsWith(EventCsv.BYTE_ORDER_MARK).contains("\r\n");

		List<CSVRecord> rows = parse(response.getResponseBody());
		JsonNode json = Http.json(this.web.get().uri("/api/events?limit=100").exchange().returnResult(String.class))
			.get("items");
		assertThat(rows).hasSize(json.size());
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = rows.get(i);
			JsonNode event = json.get(i);
			assertThat(row.size()).isEqualTo(EventCsv.COLUMNS.size());
			assertThat(row.get("slug")).isEqualTo(event.get("slug").asString());
			assertThat(row.get("title")).isEqualTo(event.get("title").asString());
			// the date at its precision: "2026-03" for a month, as the date_precision
			// column says
			String day = event.get("date").get("value").asString();
			String precision = event.get("date").get("precision").asString();
			assertThat(row.get("date_precision")).isEqualTo(precision);
			assertThat(row.get("date")).isEqualTo(switch (precision) {
				case "MONTH" -> day.substring(0, 7);
				case "YEAR" -> day.substring(0, 4);
				default -> day;
			});
			assertThat(row.get("type")).isEqualTo(event.get("type").asString());
			assertThat(row.get("url")).isEqualTo(Http.url(this.port, "/events/" + event.get("slug").asString()));
		}
		CSVRecord riyadh = rows.stream()
			.filter((row) -> row.get("slug").equals("2025-02-18-rubio-lavrov-meeting-riyadh"))
			.findFirst()
			.orElseThrow();
		assertThat(riyadh.get("place")).isEqualTo("Diriyah Palace, Riyadh");
		assertThat(riyadh.get("participants")).contains("Marco Rubio (US, PRINCIPAL)")
			.contains("Sergei Lavrov (RUSSIA, PRINCIPAL)")
			.contains("; ");
	}

	@Test
	void theCsvHonoursTheFiltersAndTheAcceptHeader() throws IOException {
		List<CSVRecord> meetings = parse(this.web.get()
			.uri("/api/events.csv?type=MEETING&direct=true")
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		// the ministers' meetings: Riyadh, Kuala Lumpur (twice), New York and the one
		// planned for Budapest
		assertThat(meetings).hasSize(5).allSatisfy((row) -> assertThat(row.get("type")).isEqualTo("MEETING"));

		EntityExchangeResult<String> negotiated = this.web.get()
			.uri("/api/events?type=MEETING&direct=true")
			.header("Accept", "text/csv")
			.exchange()
			.returnResult(String.class);
		assertThat(negotiated.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(negotiated, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(parse(negotiated.getResponseBody())).extracting((row) -> row.get("slug"))
			.containsExactlyElementsOf(meetings.stream().map((row) -> row.get("slug")).toList());
	}

	@Test
	void eachRowCarriesTheSummaryAndTheSourcesItRestsOn() throws IOException {
		CSVRecord call = parse(this.web.get()
			.uri("/api/events.csv?channel=MINISTERS&from=2025-03-15&to=2025-03-15")
			.exchange()
			.returnResult(String.class)
			.getResponseBody()).get(0);
		assertThat(call.get("slug")).isEqualTo("2025-03-15-rubio-lavrov-phone-call");
		assertThat(call.get("summary")).contains("Rubio").contains("Lavrov");
		assertThat(call.get("sources").split("; ")).hasSize(Integer.parseInt(call.get("source_count")))
			.anySatisfy((source) -> assertThat(source).contains("euromaidanpress.com"));
	}

	@Test
	void limitGivesTheMostRecentRowsOnlyAndABadOneIsA400() throws IOException {
		List<CSVRecord> all = parse(
				this.web.get().uri("/api/events.csv").exchange().returnResult(String.class).getResponseBody());
		List<CSVRecord> two = parse(
				this.web.get().uri("/api/events.csv?limit=2").exchange().returnResult(String.class).getResponseBody());
		assertThat(two).extracting((row) -> row.get("slug"))
			.containsExactly(all.get(0).get("slug"), all.get(1).get("slug"));
		for (String bad : List.of("0", "5001", "many")) {
			EntityExchangeResult<String> refused = this.web.get()
				.uri("/api/events.csv?limit=" + bad)
				.exchange()
				.returnResult(String.class);
			assertThat(refused.getStatus().value()).as(bad).isEqualTo(400);
			assertThat(Http.body(refused)).contains("limit");
		}
	}

	@Test
	void cellsASpreadsheetWouldRunAsFormulasStayText() throws IOException {
		EventSummary hostile = new EventSummary(7, "hostile", "=HYPERLINK(\"http://evil.example\",\"x\")",
				EventType.OTHER, Channel.MINISTERS, ContactStatus.HELD, null,
				new Confirmation(ConfirmationLevel.REPORTED, "=cmd|' /C calc'!A0"),
				PartialDate.day(java.time.LocalDate.of(2025, 1, 2)), "+1 place", "-X", Initiator.NOT_REPORTED,
				List.of(new ParticipantView("p", "@someone", Side.OTHER, ParticipantRole.PRINCIPAL, null)), List.of(),
				0, Instant.parse("2025-01-02T00:00:00Z"));
		CSVRecord row = parse(EventCsv.write(List.of(hostile), "http://localhost")).get(0);
		assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
		assertThat(row.get("confirmation")).isEqualTo("REPORTED");
		assertThat(row.get("confirmation_reason")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(row.get("place")).isEqualTo("'+1 place");
		assertThat(row.get("country")).isEqualTo("'-X");
		assertThat(row.get("participants")).isEqualTo("'@someone (OTHER, PRINCIPAL)");
		assertThat(row.get("date")).isEqualTo("2025-01-02");
		assertThat(EventCsv.cell("Rubio–Lavrov, \"quoted\"")).isEqualTo("Rubio–Lavrov, \"quoted\"");
	}

	static List<CSVRecord> parse(String body) throws IOException {
		assertThat(body).startsWith(EventCsv.BYTE_ORDER_MARK);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(body.substring(1)), format)) {
			assertThat(parser.getHeaderNames()).containsExactlyElementsOf(EventCsv.COLUMNS);
			return parser.getRecords();
		}
	}

}
