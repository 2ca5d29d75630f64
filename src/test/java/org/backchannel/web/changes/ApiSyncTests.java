package org.backchannel.web.changes;

import org.backchannel.testing.ApiTestSupport;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients see while the data changes under them: pages stay consistent, incremental
 * sync returns exactly the changes, ETags move. Writes, so it has a context (and a
 * database) of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=api-writes")
class ApiSyncTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	RestTestClient web;

	static final AtomicInteger inserted = new AtomicInteger();

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void eventsInsertedBetweenPageRequestsNeitherDuplicateNorHideOthers() {
		List<String> before = ApiTestSupport.slugs(ApiTestSupport.walk(this.web, "/api/events?limit=100"));
		List<String> added = new ArrayList<>();
		AtomicInteger page = new AtomicInteger();
		List<JsonNode> walked = ApiTestSupport.walk(this.web, "/api/events?limit=4", () -> {
			// one event newer than anything (before the cursor) and one older than
			// anything (after it), on every page turn
			int n = page.incrementAndGet();
			insertEvent(LocalDate.of(2031, 1, 1).plusDays(n), "PHONE_CALL");
			added.add(insertEvent(LocalDate.of(2024, 1, 1).minusDays(n), "PHONE_CALL"));
		});
		List<String> slugs = ApiTestSupport.slugs(walked);
		assertThat(slugs).doesNotHaveDuplicates().containsAll(before).containsAll(added);
		assertThat(slugs.stream().filter((slug) -> slug.startsWith("sync-2031")).toList())
			.as("events inserted before the cursor do not appear on later pages")
			.isEmpty();
		assertThat(page.get()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void updatedSinceReturnsExactlyWhatChanged() throws Exception {
		Instant since = this.jdbc.sql("select clock_timestamp()").query(java.sql.Timestamp.class).single().toInstant();
		this.jdbc
			.sql("update event set summary = summary || ' (corrected)', updated_at = clock_timestamp(),"
					+ " version = version + 1 where slug = '2025-04-17-rubio-lavrov-phone-call'")
			.update();
		String added = insertEvent(LocalDate.of(2025, 11, 3), "MEETING");

		String query = "/api/events?updated_since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8);
		List<String> changed = ApiTestSupport.slugs(ApiTestSupport.walk(this.web, query + "&limit=1"));
		assertThat(changed).containsExactly(added, "2025-04-17-rubio-lavrov-phone-call");
		assertThat(Http.json(this.web.get().uri(query).exchange().returnResult(String.class)).get("total").asLong())
			.isEqualTo(2);
		assertThat(ApiTestSupport.slugs(ApiTestSupport.walk(this.web, query + "&type=MEETING"))).containsExactly(added);

		Feed feed = feed("/feed.atom");
		assertThat(feed.getEntries().get(0).getId()).isIn("tag:backchannel,2025:event/" + added,
				"tag:backchannel,2025:event/2025-04-17-rubio-lavrov-phone-call");
	}

	@Test
	void aChangeMovesTheETag() {
		String path = "/api/events/2025-05-17-rubio-lavrov-phone-call";
		String etag = Http.header(this.web.get().uri(path).exchange().returnResult(String.class), "ETag").orElseThrow();
		String listEtag = Http
			.header(this.web.get().uri("/api/events?limit=100").exchange().returnResult(String.class), "ETag")
			.orElseThrow();
		this.web.get().uri(path).header("If-None-Match", etag).exchange().expectStatus().isEqualTo(304);

		this.jdbc
			.sql("update event set title = 'Rubio–Lavrov phone call (updated)', updated_at = clock_timestamp()"
					+ " where slug = '2025-05-17-rubio-lavrov-phone-call'")
			.update();
		this.web.get().uri(path).header("If-None-Match", etag).exchange().expectStatus().isEqualTo(200);
		this.web.get()
			.uri("/api/events?limit=100")
			.header("If-None-Match", listEtag)
			.exchange()
			.expectStatus()
			.isEqualTo(200);
	}

	@Test
	void anEventKnownOnlyToTheMonthStaysOffTheCalendar() throws Exception {
		String slug = "sync-month-only";
		this.jdbc
			.sql("insert into event (slug, title, type, date_value, date_precision, summary)"
					+ " values (:slug, 'A call some time in November', 'PHONE_CALL', date '2025-11-01', 'MONTH',"
					+ " 'Reported without a day')")
			.param("slug", slug)
			.update();
		this.web.get().uri("/api/events/" + slug).exchange().expectStatus().isEqualTo(200);
		String ics = this.web.get().uri("/calendar.ics").exchange().returnResult(String.class).getResponseBody();
		List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(VEvent.VEVENT);
		assertThat(events).isNotEmpty()
			.extracting((event) -> event.getUid().orElseThrow().getValue())
			.doesNotContain(slug + "@backchannel");
	}

	@Test
	void draftsStayOutOfTheApiAndTheExports() throws Exception {
		String slug = "sync-draft";
		this.jdbc
			.sql("insert into event (slug, title, type, date_value, date_precision, summary, status)"
					+ " values (:slug, 'Unconfirmed call', 'PHONE_CALL', date '2025-11-20', 'DAY', 'Draft', 'DRAFT')")
			.param("slug", slug)
			.update();
		this.web.get().uri("/api/events/" + slug).exchange().expectStatus().isEqualTo(404);
		assertThat(this.web.get().uri("/api/events?limit=100").exchange().returnResult(String.class).getResponseBody())
			.doesNotContain(slug);
		assertThat(this.web.get().uri("/api/events.csv").exchange().returnResult(String.class).getResponseBody())
			.doesNotContain(slug);
		assertThat(this.web.get().uri("/calendar.ics").exchange().returnResult(String.class).getResponseBody())
			.doesNotContain(slug);
		assertThat(feed("/feed.atom").getEntries()).noneMatch((entry) -> entry.getId().endsWith(slug));
	}

	private Feed feed(String path) throws Exception {
		return (Feed) new WireFeedInput()
			.build(new StringReader(this.web.get().uri(path).exchange().returnResult(String.class).getResponseBody()));
	}

	private String insertEvent(LocalDate date, String type) {
		String slug = "sync-" + date + "-" + inserted.incrementAndGet();
		this.jdbc
			.sql("insert into event (slug, title, type, date_value, date_precision, summary)"
					+ " values (:slug, 'Inserted while paging', :type, :date, 'DAY', 'Inserted by a test')")
			.param("slug", slug)
			.param("type", type)
			.param("date", java.sql.Date.valueOf(date))
			.update();
		return slug;
	}

}
