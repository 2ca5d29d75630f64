package org.backchannel.web.event;

import java.io.StringReader;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.backchannel.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How current the record is, said on the timeline, in the API and in the feed; seeded
 * records dated to the day the record was compiled, never to the install; and every list
 * of contacts offering its data (CSV, JSON, API address, calendar, feed) with its
 * filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=coverage")
class CoverageAndExportLinksTests {

	static final String STATEMENT = "Contacts from February 2025 to April 2026; last checked 30 November 2026.";

	static final String SEEDED = "2025-03-15-rubio-lavrov-phone-call";

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void theTimelineSaysWhichMonthsTheRecordCoversAndWhenItWasLastChecked() {
		Document timeline = page("/");
		assertThat(timeline.select("#coverage").text()).contains(STATEMENT)
			.contains(
					"the day the record was compiled from reporting up to mid-March 2026, with the Trump–Putin call of 29 April 2026 added since");
	}

	@Test
	void theApiAndTheFeedStateTheSameCoverage() throws Exception {
		JsonNode coverage = JsonMapper.builder().build().readTree(body("/api/coverage"));
		assertThat(coverage.get("firstContact").asString()).isEqualTo("2025-02");
		assertThat(coverage.get("lastContact").asString()).isEqualTo("2026-04");
		assertThat(coverage.get("lastChecked").asString()).isEqualTo("2026-11-30");
		assertThat(coverage.get("compiled").asString()).isEqualTo("2026-11-30");
		assertThat(coverage.get("statement").asString()).isEqualTo(STATEMENT);

		Feed feed = (Feed) new WireFeedInput().build(new StringReader(body("/feed.atom")));
		assertThat(feed.getSubtitle().getValue()).isEqualTo(STATEMENT);
	}

	@Test
	void aSeededRecordIsDatedToTheDayTheRecordWasCompiledAndSaysSo() throws Exception {
		Document event = page("/events/" + SEEDED);
		assertThat(event.select("#last-updated").text())
			.isEqualTo("Compiled on 30 November 2026 from the reports cited above; unchanged since.");
		assertThat(event.select("meta[name=citation_date]").attr("content")).isEqualTo("2026-11-30");
		assertThat(body("/events/" + SEEDED + "/cite.bib")).contains("date = {2026-11-30}");
		JsonNode csl = JsonMapper.builder().build().readTree(body("/events/" + SEEDED + "/cite.json"));
		assertThat(csl.get(0).get("issued").get("date-parts").get(0).toString()).isEqualTo("[2026,11,30]");

		Feed feed = (Feed) new WireFeedInput().build(new StringReader(body("/feed.atom?channel=MINISTERS")));
		Entry entry = feed.getEntries()
			.stream()
			.filter((each) -> each.getId().endsWith("event/" + SEEDED))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getPublished().toInstant()).hasToString("2026-11-30T00:00:00Z");
		assertThat(entry.getUpdated().toInstant()).hasToString("2026-11-30T00:00:00Z");
	}

	@Test
	void theTimelineOffersThisViewAsDataWithItsFilters() {
		Document timeline = page("/?channel=LEADERS&q=Putin");
		String query = "?channel=LEADERS&q=Putin";
		assertThat(timeline.select("#export-csv").attr("href")).isEqualTo("/api/events.csv" + query);
		assertThat(timeline.select("#export-json").attr("href")).isEqualTo("/api/events" + query);
		assertThat(timeline.select("#export-calendar").attr("href")).isEqualTo("/calendar.ics" + query);
		assertThat(timeline.select("#export-feed").attr("href")).isEqualTo("/feed.atom" + query);
		assertThat(timeline.select("#export-api-url").val()).isEqualTo(Http.url(this.port, "/api/events" + query));
		assertThat(timeline.select("#view-exports").text()).contains("Download CSV", "JSON", "Subscribe (calendar)",
				"Feed (Atom)", "API link for this view");

		Document unfiltered = page("/");
		assertThat(unfiltered.select("#export-csv").attr("href")).isEqualTo("/api/events.csv");
	}

	@Test
	void actorAndProposalPagesOfferTheirEventsAsData() {
		Document actor = page("/actors/sergei-lavrov");
		assertThat(actor.select("#export-csv").attr("href")).isEqualTo("/api/events.csv?actor=sergei-lavrov");
		assertThat(actor.select("#export-calendar").attr("href")).isEqualTo("/calendar.ics?actor=sergei-lavrov");
		assertThat(actor.select("#export-feed").attr("href")).isEqualTo("/feed.atom?actor=sergei-lavrov");
		Document proposal = page("/proposals/30-day-ceasefire");
		assertThat(proposal.select("#export-json").attr("href")).isEqualTo("/api/events?proposal=30-day-ceasefire");
	}

	@Test
	void calendarAndFeedTitlesSayWhatTheyAreFilteredTo() throws Exception {
		String calendar = body("/calendar.ics?channel=LEADERS&contact_status=CANCELLED").replace("\r\n ", "");
		assertThat(calendar)
			.contains("X-WR-CALNAME:Backchannel: US–Russia contacts — Leaders (Trump–Putin)\\; Cancelled");
		assertThat(body("/calendar.ics")).contains("X-WR-CALNAME:Backchannel: US–Russia contacts\r\n");

		Feed feed = (Feed) new WireFeedInput().build(new StringReader(body("/feed.atom?actor=sergei-lavrov&q=Riyadh")));
		assertThat(feed.getTitle())
			.isEqualTo("Backchannel: US–Russia diplomatic contacts — with sergei-lavrov; search \u201CRiyadh\u201D");
	}

	@Test
	void theStatisticsCountOnlyUsRussianPairsOfPrincipals() {
		Document stats = page("/stats");
		assertThat(stats.select("#table-pairs tbody tr")).isNotEmpty();
		assertThat(stats.select("#table-pairs tbody").text()).contains("Marco Rubio", "Sergei Lavrov")
			.doesNotContain("Rustem Umerov", "Andriy Yermak");
	}

	@Test
	void theTwentyEightPointPlanShowsUkrainesStanceFromGeneva() {
		Document proposal = page("/proposals/us-peace-plan-28-points");
		assertThat(proposal.select("#stance-log").text()).contains("Andriy Yermak", "23 November 2025",
				"its 28 points were cut to 19");
	}

	private Document page(String path) {
		return Jsoup.parse(body(path));
	}

	private String body(String path) {
		return this.web.get().uri(path).exchange().returnResult(String.class).getResponseBody();
	}

}
