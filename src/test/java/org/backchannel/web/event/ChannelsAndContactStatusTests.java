package org.backchannel.web.event;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;
import org.backchannel.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
 * Channels and contact statuses as a reader meets them: the filters, the event page, the
 * exports and the statistics, over HTTP. A cancelled leaders' summit is written through
 * the API like any editor's event and taken out again afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=api-writes")
class ChannelsAndContactStatusTests {

	static final String SLUG = "2031-05-04-test-summit-called-off";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	RestTestClient web;

	@BeforeEach
	void writeACancelledSummit() {
		this.web = Http.client(this.port);
		if (!this.users.exists("channel-editor")) {
			this.users.createUser("channel-editor", "channel-editor-password-for-tests", Role.EDITOR);
		}
		long source = this.jdbc.sql("select id from source where seed_file = '003_56f64484c723aef1.txt'")
			.query(Long.class)
			.single();
		EntityExchangeResult<String> created = this.web.post()
			.uri("/api/events")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", Http.basic("channel-editor", "channel-editor-password-for-tests"))
			.body("""
					{"slug": "%s", "title": "Test summit in Budapest", "type": "SUMMIT", "date": "2031-05-04",
					 "datePrecision": "DAY", "place": "Budapest", "country": "HU",
					 "channel": "LEADERS", "contactStatus": "CANCELLED",
					 "dateNote": "The date of the announced cancellation; no date had been set for the summit.",
					 "summary": "A summit agreed by phone, then called off.", "initiator": "NOT_REPORTED",
					 "participants": [{"actor": "donald-trump", "role": "PRINCIPAL"},
					                  {"actor": "vladimir-putin", "role": "PRINCIPAL"}],
					 "sources": [%d]}
					""".formatted(SLUG, source))
			.exchange()
			.returnResult(String.class);
		assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
		this.jdbc.sql("update event set status = 'PUBLISHED' where slug = :slug").param("slug", SLUG).update();
	}

	@AfterEach
	void removeIt() {
		this.jdbc.sql("delete from event where slug = :slug").param("slug", SLUG).update();
	}

	@Test
	void anEventCarriesItsChannelStatusAndCameoCodeInTheApi() {
		JsonNode event = Http.json(this.web.get().uri("/api/events/" + SLUG).exchange().returnResult(String.class));
		assertThat(event.get("channel").asString()).isEqualTo("LEADERS");
		assertThat(event.get("contactStatus").asString()).isEqualTo("CANCELLED");
		assertThat(event.get("cameo").get("code").asString()).isEqualTo("125");
		assertThat(event.get("dateNote").asString()).startsWith("The date of the announced cancellation");

		JsonNode call = Http.json(this.web.get()
			.uri("/api/events/2025-03-15-rubio-lavrov-phone-call")
			.exchange()
			.returnResult(String.class));
		assertThat(call.get("channel").asString()).isEqualTo("MINISTERS");
		assertThat(call.get("contactStatus").asString()).isEqualTo("HELD");
		assertThat(call.get("cameo").get("code").asString()).isEqualTo("041");
	}

	@Test
	void theChannelAndStatusFiltersFindExactlyTheirEvents() {
		List<JsonNode> all = walk("/api/events?limit=100");
		for (String channel : List.of("MINISTERS", "LEADERS", "ENVOYS", "RELATED")) {
			assertThat(slugs(walk("/api/events?limit=7&channel=" + channel))).as(channel)
				.containsExactlyElementsOf(slugs(
						all.stream().filter((event) -> event.get("channel").asString().equals(channel)).toList()));
		}
		assertThat(slugs(walk("/api/events?limit=7&channel=LEADERS&contact_status=CANCELLED"))).contains(SLUG)
			.allSatisfy((slug) -> assertThat(slug).isNotBlank());
		assertThat(slugs(walk("/api/events?limit=7&contact_status=HELD"))).doesNotContain(SLUG);
		assertThat(slugs(walk("/api/events?limit=7&channel=ministers&channel=ENVOYS"))).containsExactlyElementsOf(slugs(
				all.stream().filter((event) -> List.of("MINISTERS", "ENVOYS").contains(channel(event))).toList()));
	}

	@Test
	void directRubioLavrovContactsAreExactlyTheMinistersChannelAndEachHasBothPrincipals() {
		List<JsonNode> direct = walk("/api/events?limit=5&direct=true");
		assertThat(slugs(direct)).isNotEmpty()
			.containsExactlyElementsOf(slugs(walk("/api/events?limit=5&channel=MINISTERS")));
		assertThat(direct).allSatisfy((event) -> assertThat(principals(event)).as(event.get("slug").asString())
			.contains("marco-rubio", "sergei-lavrov"));
	}

	@Test
	void anUnknownChannelOrStatusIsAProblemNamingTheParameter() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/api/events?channel=BACKDOOR&contact_status=MAYBE")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(400);
		assertThat(Http.header(response, "Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.getResponseBody()).contains("channel", "MINISTERS", "contact_status", "CANCELLED")
			.doesNotContain("org.backchannel");
	}

	@Test
	void theEventPageSaysPlainlyThatACancelledContactDidNotTakePlace() {
		Document page = Jsoup
			.parse(this.web.get().uri("/events/" + SLUG).exchange().returnResult(String.class).getResponseBody());
		assertThat(page.select("#contact-status-notice").text()).contains("Cancelled: did not take place");
		assertThat(page.select("#event-contact-status").text()).isEqualTo("Cancelled");
		assertThat(page.select("#event-channel").text()).isEqualTo("Leaders (Trump–Putin)");
		assertThat(page.select("#event-date-note").text()).contains("no date had been set");
		assertThat(page.select("#event-cameo").text()).contains("125");

		Document held = Jsoup.parse(this.web.get()
			.uri("/events/2025-03-15-rubio-lavrov-phone-call")
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(held.select("#contact-status-notice")).isEmpty();
		assertThat(held.select("#event-contact-status").text()).isEqualTo("Held");
	}

	@Test
	void theTimelineLinksEachChannelAndMarksContactsThatDidNotTakePlace() {
		Document timeline = Jsoup
			.parse(this.web.get().uri("/").exchange().returnResult(String.class).getResponseBody());
		assertThat(timeline.select(".channel-nav a").eachAttr("href")).contains("/?channel=LEADERS",
				"/?channel=MINISTERS", "/?channel=ENVOYS");

		Document leaders = Jsoup
			.parse(this.web.get().uri("/?channel=LEADERS").exchange().returnResult(String.class).getResponseBody());
		assertThat(leaders.select("#channel-LEADERS").attr("aria-current")).isEqualTo("page");
		assertThat(leaders.select(".event-entry .event-channel").eachText()).isNotEmpty()
			.allSatisfy((channel) -> assertThat(channel).isEqualTo("Leaders (Trump–Putin)"));
		assertThat(leaders.select(".event-entry:has(a[href=\"/events/" + SLUG + "\"]) .contact-status").text())
			.isEqualTo("Cancelled: did not take place");
	}

	@Test
	void theTimelineTheEmbedAndTheActorPageShowTheStatusAndConfirmationLevelOfTheCancelledSummit() {
		for (String[] surface : new String[][] {
				{ "/?channel=LEADERS", ".event-entry:has(a[href=/events/" + SLUG + "])" },
				{ "/embed?channel=LEADERS", ".embed-entry:has(a[href$=/events/" + SLUG + "])" },
				{ "/actors/donald-trump", "#actor-events li:has(a[href=/events/" + SLUG + "])" } }) {
			Document page = Jsoup
				.parse(this.web.get().uri(surface[0]).exchange().returnResult(String.class).getResponseBody());
			assertThat(page.select(surface[1] + " .contact-status").text()).as(surface[0])
				.isEqualTo("Cancelled: did not take place");
			assertThat(page.select(surface[1] + " .confirmation-badge").text()).as(surface[0])
				.isEqualTo("Not held: cancelled");
			assertThat(page.select(surface[1] + " .confirmation-badge").hasClass("confirmation-CANCELLED")).isTrue();
		}
	}

	@Test
	void calendarsAndFeedsNeverPresentACancelledContactAsHeld() {
		String calendar = this.web.get()
			.uri("/calendar.ics?channel=LEADERS")
			.exchange()
			.returnResult(String.class)
			.getResponseBody()
			.replace("\r\n ", "");
		String vevent = calendar.substring(calendar.lastIndexOf("BEGIN:VEVENT", calendar.indexOf("UID:" + SLUG)));
		vevent = vevent.substring(0, vevent.indexOf("END:VEVENT"));
		assertThat(vevent).contains("STATUS:CANCELLED", "Cancelled: Test summit in Budapest");
		assertThat(calendar).contains("STATUS:CONFIRMED");

		String feed = this.web.get()
			.uri("/feed.atom?channel=LEADERS")
			.exchange()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(feed).contains("<title>Cancelled: Test summit in Budapest (4 May 2031)</title>");
	}

	@Test
	void theCsvCarriesChannelStatusAndCameoCode() {
		String csv = this.web.get()
			.uri("/api/events.csv?channel=LEADERS")
			.exchange()
			.returnResult(String.class)
			.getResponseBody();
		String header = csv.lines().findFirst().orElseThrow();
		// new columns only ever go at the end: these keep their order, later ones follow
		assertThat(header)
			.contains("channel,contact_status,cameo_code,confirmation,confirmation_reason,summary,sources");
		assertThat(csv.lines().filter((line) -> line.contains(SLUG)).findFirst().orElseThrow())
			.contains(",LEADERS,CANCELLED,125,CANCELLED,Called off: the contact did not take place.,");
	}

	@Test
	void eachChannelsTotalOnTheStatisticsPageEqualsWhatTheApiFinds() {
		Document stats = Jsoup
			.parse(this.web.get().uri("/stats").exchange().returnResult(String.class).getResponseBody());
		Map<String, String> totals = stats.select("#table-channels tbody tr")
			.stream()
			.collect(Collectors.toMap((row) -> row.attr("data-channel"), (row) -> row.select(".channel-total").text()));
		assertThat(totals).containsKeys("MINISTERS", "LEADERS", "ENVOYS", "DELEGATIONS", "SECURITY_SERVICES",
				"ADVISERS");
		totals.forEach((channel, total) -> assertThat(total).as(channel)
			.isEqualTo(Http.json(
					this.web.get().uri("/api/events?limit=1&channel=" + channel).exchange().returnResult(String.class))
				.get("total")
				.asString()));
	}

	@Test
	void theMostFrequentPairOfPrincipalsOnTheStatisticsPageHasTheContactsTheApiFinds() {
		Document stats = Jsoup
			.parse(this.web.get().uri("/stats").exchange().returnResult(String.class).getResponseBody());
		List<org.jsoup.nodes.Element> rows = stats.select("#table-pairs tbody tr");
		assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(org.backchannel.stats.StatsService.TOP_PAIRS);
		List<Long> counts = rows.stream().map((row) -> Long.parseLong(row.select("td").last().text())).toList();
		assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	private List<JsonNode> walk(String path) {
		List<JsonNode> items = new java.util.ArrayList<>();
		String next = path;
		while (next != null) {
			JsonNode page = Http.json(this.web.get().uri(next).exchange().returnResult(String.class));
			page.get("items").forEach(items::add);
			next = page.get("nextCursor").isNull() ? null : path + "&cursor=" + page.get("nextCursor").asString();
		}
		return items;
	}

	private static List<String> slugs(List<JsonNode> events) {
		return events.stream().map((event) -> event.get("slug").asString()).toList();
	}

	private static String channel(JsonNode event) {
		return event.get("channel").asString();
	}

	private static List<String> principals(JsonNode event) {
		return StreamSupport.stream(event.get("participants").spliterator(), false)
			.filter((participant) -> participant.get("role").asString().equals("PRINCIPAL"))
			.map((participant) -> participant.get("slug").asString())
			.toList();
	}

}
