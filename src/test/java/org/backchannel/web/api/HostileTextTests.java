package org.backchannel.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that would break a page, a feed or a query: control characters, line breaks in
 * one-line fields, bidirectional overrides, noncharacters, lone surrogates, NUL, values
 * longer than their columns and dates PostgreSQL cannot store are refused with a 400
 * naming the field or parameter; text already stored that way (old data, or written by
 * SQL) still leaves the feed, the calendar and the CSV valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=api-writes")
class HostileTextTests {

	static final String ADMIN = TestAdmin.BASIC;

	/** As JSON string contents (escaped where JSON needs it). */
	static final List<String> HOSTILE_ONE_LINE = List.of("Lavrov\\u0001", "Lavrov\\r\\nInjected: header",
			"Lavrov\\nSecond line", "\\u001b[31mred", "\\u202Eevil", "\\u2067isolate", "x\\uFDD0", "x\\uFFFE",
			"x\\uD83F\\uDFFF", "lone \\uD800 surrogate", "lone \\uDC00 surrogate", "DEL\\u007F", "C1\\u0085");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void oneLineFieldsRefuseControlsBidiOverridesNoncharactersAndLoneSurrogates() {
		for (String hostile : HOSTILE_ONE_LINE) {
			EntityExchangeResult<String> response = post("/api/actors", """
					{"name": "%s", "kind": "PERSON"}""".formatted(hostile));
			assertThat(response.getStatus().value()).as(hostile).isEqualTo(400);
			assertThat(fields(response)).as(hostile).containsExactly("name");
			assertThat(response.getResponseBody()).as(hostile).contains("must not contain");
		}
		EntityExchangeResult<String> title = post("/api/sources", """
				{"outlet": "Wire", "title": "Report\\u000bvertical tab", "language": "en",
				 "publishedPrecision": "UNKNOWN"}""");
		assertThat(fields(title)).containsExactly("title");
	}

	@Test
	void textsOfSeveralLinesAllowTabsAndLineBreaksButNoOtherControls() {
		EntityExchangeResult<String> fine = post("/api/proposals", """
				{"title": "Tabs and lines", "summary": "First line\\r\\n\\tindented second line.",
				 "datePrecision": "UNKNOWN"}""");
		assertThat(fine.getStatus().value()).as(fine.getResponseBody()).isEqualTo(201);
		EntityExchangeResult<String> bell = post("/api/proposals", """
				{"title": "Bell", "summary": "Ring \\u0007 ring.", "datePrecision": "UNKNOWN"}""");
		assertThat(bell.getStatus().value()).isEqualTo(400);
		assertThat(fields(bell)).containsExactly("summary");
	}

	@Test
	void everyLengthIsItsColumnsLength() {
		// actor slugs are 120 characters in the database, event and proposal slugs 160
		EntityExchangeResult<String> slug = post("/api/actors", """
				{"slug": "%s", "name": "Long slug", "kind": "PERSON"}""".formatted("a".repeat(121)));
		assertThat(slug.getStatus().value()).as(slug.getResponseBody()).isEqualTo(400);
		assertThat(fields(slug)).containsExactly("slug");
		EntityExchangeResult<String> fits = post("/api/actors", """
				{"slug": "%s", "name": "Long slug", "kind": "PERSON"}""".formatted("a".repeat(120)));
		assertThat(fits.getStatus().value()).as(fits.getResponseBody()).isEqualTo(201);
		// a name of 200 characters fits its column even when they are outside the BMP
		EntityExchangeResult<String> emoji = post("/api/actors", """
				{"name": "%s", "kind": "ORGANIZATION"}""".formatted("🇺".repeat(200)));
		assertThat(emoji.getStatus().value()).as(emoji.getResponseBody()).isEqualTo(201);
		EntityExchangeResult<String> summary = post("/api/proposals", """
				{"title": "Long", "summary": "%s", "datePrecision": "UNKNOWN"}""".formatted("x".repeat(20_001)));
		assertThat(fields(summary)).containsExactly("summary");
		// a generated slug leaves room for its number within the column
		for (int i = 0; i < 2; i++) {
			EntityExchangeResult<String> generated = post("/api/actors", """
					{"name": "%s", "kind": "PERSON"}""".formatted("Long name ".repeat(19)));
			assertThat(generated.getStatus().value()).as(generated.getResponseBody()).isEqualTo(201);
		}
	}

	@Test
	void aNulAnywhereInAJsonBodyIsRefusedBeforeAnyLookup() {
		for (String body : List.of("{\"slug\": \"marco-rubio\\u0000\", \"name\": \"Copy\", \"kind\": \"PERSON\"}",
				"{\"name\": \"Nul\\u0000name\", \"kind\": \"PERSON\"}",
				"{\"name\": \"Someone\", \"kind\": \"PERSON\", \"aliases\": [{\"name\": \"a\\u0000\", \"language\": \"en\"}]}")) {
			EntityExchangeResult<String> response = post("/api/actors", body);
			assertThat(response.getStatus().value()).as(body).isEqualTo(400);
			assertThat(Http.header(response, "Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
	}

	@Test
	void datesOutsideTheYearsOneTo9999AreRefusedNamingTheirParameter() {
		assertBadParameter("/api/events?from=" + encode("+999999999-12-31"), "from");
		assertBadParameter("/api/events?to=0000-01-01", "to");
		assertBadParameter("/api/events?updated_since=" + encode("+294277-01-01T00:00:00Z"), "updated_since");
		assertBadParameter("/api/events?updated_since=" + encode("-000001-01-01T00:00:00Z"), "updated_since");
		assertBadParameter("/api/changes?since=" + encode("+294277-01-01T00:00:00Z"), "since");
		for (String forged : List.of("v1:+999999999-12-31:1", "v1:0000-01-01:5", "v1:-0001-12-31:5")) {
			assertBadParameter("/api/events?cursor="
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)),
					"cursor");
		}
		// the timeline shows the message beside its filter
		EntityExchangeResult<String> timeline = this.web.get()
			.uri("/?from=" + encode("+999999999-12-31"))
			.exchange()
			.returnResult(String.class);
		assertThat(timeline.getStatus().value()).isEqualTo(200);
		assertThat(timeline.getResponseBody()).contains("must be in the years 1 to 9999.");
		this.web.get().uri("/api/events.csv?from=0000-01-01").exchange().expectStatus().isEqualTo(400);
	}

	@Test
	void dateFieldsInBodiesAreCheckedToTheSameYears() {
		long source = source();
		EntityExchangeResult<String> yearZero = post("/api/events", """
				{"title": "Year zero", "type": "MEETING", "date": "0000-03-15", "datePrecision": "DAY",
				 "summary": "s", "initiator": "NOT_REPORTED", "sources": [%d]}""".formatted(source));
		assertThat(yearZero.getStatus().value()).as(yearZero.getResponseBody()).isEqualTo(400);
		assertThat(fields(yearZero)).contains("date");
		EntityExchangeResult<String> farEnd = post("/api/events", """
				{"title": "Far", "type": "MEETING", "date": "2025-03-15", "datePrecision": "DAY",
				 "endDate": "+10000-01-01", "summary": "s", "initiator": "NOT_REPORTED", "sources": [%d]}"""
			.formatted(source));
		assertThat(fields(farEnd)).contains("endDate");
		EntityExchangeResult<String> role = post("/api/actors", """
				{"name": "Old role", "kind": "PERSON", "roles": [{"title": "Scribe", "startDate": "0000-01-01"}]}""");
		assertThat(fields(role)).containsExactly("roles[0].startDate");
	}

	@Test
	void theFeedTheCalendarAndTheCsvStayValidWithHostileTextStoredBySql() throws Exception {
		this.jdbc.sql("update actor set name = 'Sergei\u0001 Lavrov\u001b[0m\uFFFE' where slug = 'sergei-lavrov'")
			.update();
		this.jdbc.sql("""
				update event set title = 'Call' || chr(1) || chr(11) || ' =cmd' || chr(8238),
				    place = 'Riyadh' || chr(27), summary = 'Sum' || chr(2) || 'mary',
				    updated_at = clock_timestamp()
				where slug = '2025-03-15-rubio-lavrov-phone-call'
				""").update();

		EntityExchangeResult<String> atom = this.web.get().uri("/feed.atom").exchange().returnResult(String.class);
		assertThat(atom.getStatus().value()).isEqualTo(200);
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.getResponseBody()));
		assertThat(feed.getEntries()).anySatisfy((entry) -> assertThat(entry.getTitle()).startsWith("Call =cmd"));

		EntityExchangeResult<String> ics = this.web.get().uri("/calendar.ics").exchange().returnResult(String.class);
		assertThat(ics.getStatus().value()).isEqualTo(200);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.getResponseBody()));
		assertThat(calendar.<VEvent>getComponents("VEVENT"))
			.anySatisfy((event) -> assertThat(event.getSummary().getValue()).startsWith("Call =cmd"));

		EntityExchangeResult<String> csv = this.web.get().uri("/api/events.csv").exchange().returnResult(String.class);
		assertThat(csv.getStatus().value()).isEqualTo(200);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(Http.body(csv).replace("\uFEFF", "")))
			.getRecords();
		assertThat(rows).anySatisfy((row) -> assertThat(row.get("title")).startsWith("Call =cmd"));
		assertThat(Http.body(csv)).doesNotContain("\u0001").doesNotContain("\u001b");

		this.web.get().uri("/events/2025-03-15-rubio-lavrov-phone-call").exchange().expectStatus().isEqualTo(200);
		this.web.get().uri("/api/events/2025-03-15-rubio-lavrov-phone-call").exchange().expectStatus().isEqualTo(200);
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
		String padding = "x".repeat(2 * 1024 * 1024);
		byte[] body = ("{\"name\": \"Chunked Giant\", \"kind\": \"PERSON\", \"description\": \"" + padding + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		// an InputStream publisher has no length: the body goes out chunked
		HttpResponse<String> response = postChunked("/api/actors", body);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.jdbc.sql("select count(*) from actor where name = 'Chunked Giant'").query(Long.class).single())
			.isZero();
		// a chunked body within the limit is read as usual
		byte[] small = "{\"name\": \"Chunked Dwarf\", \"kind\": \"PERSON\"}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> fits = postChunked("/api/actors", small);
		assertThat(fits.statusCode()).as(fits.body()).isEqualTo(201);
	}

	// RestTestClient always knows a String or byte[] body's length; a body that goes out
	// chunked (no Content-Length) needs java.net.http's InputStream publisher.
	HttpResponse<String> postChunked(String path, byte[] body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(Http.url(this.port, path)))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private void assertBadParameter(String path, String parameter) {
		EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
		assertThat(response.getStatus().value()).as(path).isEqualTo(400);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = Http.json(response);
		assertThat(problem.get("errors").findValuesAsString("parameter")).as(path).contains(parameter);
	}

	private long source() {
		return Http
			.json(this.web.get()
				.uri("/api/events/2025-03-15-rubio-lavrov-phone-call")
				.exchange()
				.returnResult(String.class))
			.get("sources")
			.get(0)
			.get("id")
			.asLong();
	}

	private static List<String> fields(EntityExchangeResult<String> response) {
		assertThat(response.getStatus().value()).as(response.getResponseBody()).isEqualTo(400);
		return Http.json(response).get("errors").findValuesAsString("field");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private EntityExchangeResult<String> post(String path, String body) {
		return this.web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.body(body)
			.exchange()
			.returnResult(String.class);
	}

}
