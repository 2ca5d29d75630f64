package org.backchannel.web.event;

import org.backchannel.testing.ApiTestSupport;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event filters, alone and combined, and cursor pagination, over HTTP against the
 * seeded app. Each filter is checked against the unfiltered list filtered here, so the
 * expectations do not repeat the server's logic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventQueryApiTests {

	static final int SEEDED_EVENTS = 65;

	@LocalServerPort
	int port;

	RestTestClient web;

	List<JsonNode> all;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
		this.all = ApiTestSupport.walk(this.web, "/api/events?limit=100");
		assertThat(this.all).hasSize(SEEDED_EVENTS);
	}

	@Test
	void eachFilterReturnsExactlyTheMatchingEvents() {
		assertFilter("type=MEETING", (e) -> type(e).equals("MEETING"), 18);
		assertFilter("type=PHONE_CALL&type=SUMMIT", (e) -> List.of("PHONE_CALL", "SUMMIT").contains(type(e)), -1);
		assertFilter("initiator=RUSSIA", (e) -> e.get("initiator").asString().equals("RUSSIA"), -1);
		assertFilter("initiator=us", (e) -> e.get("initiator").asString().equals("US"), -1);
		assertFilter("from=2025-03-01", (e) -> !date(e).isBefore(LocalDate.of(2025, 3, 1)), -1);
		assertFilter("to=2025-02-28", (e) -> !date(e).isAfter(LocalDate.of(2025, 2, 28)), -1);
		assertFilter("from=2025-03-15&to=2025-03-15", (e) -> date(e).equals(LocalDate.of(2025, 3, 15)), -1);
		assertFilter("actor=keith-kellogg", (e) -> ApiTestSupport.participantSlugs(e).contains("keith-kellogg"), -1);
		assertFilter("actor=marco-rubio&actor=sergei-lavrov",
				(e) -> ApiTestSupport.participantSlugs(e).containsAll(List.of("marco-rubio", "sergei-lavrov")), -1);
		assertFilter("proposal=30-day-ceasefire",
				(e) -> e.get("proposals").findValuesAsString("slug").contains("30-day-ceasefire"), -1);
		assertFilter("direct=true", EventQueryApiTests::direct, -1);
		assertFilter("direct=false", (e) -> true, SEEDED_EVENTS);
		// The confirmation filter, page by page over the API, equals filtering the full
		// list.
		assertFilter("confirmation=BOTH_GOVERNMENTS", (e) -> level(e).equals("BOTH_GOVERNMENTS"), 28);
		assertFilter("confirmation=DISPUTED&confirmation=cancelled",
				(e) -> List.of("DISPUTED", "CANCELLED").contains(level(e)), 6);
		assertFilter("confirmation=BOTH_GOVERNMENTS&channel=LEADERS",
				(e) -> level(e).equals("BOTH_GOVERNMENTS") && e.get("channel").asString().equals("LEADERS"), -1);
		assertThat(this.all).allSatisfy((e) -> assertThat(e.get("confirmation").get("reason").asString()).isNotBlank());
		EntityExchangeResult<String> bad = this.web.get()
			.uri("/api/events?confirmation=CERTAIN")
			.exchange()
			.returnResult(String.class);
		assertThat(bad.getStatus().value()).isEqualTo(400);
		assertThat(bad.getResponseHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(bad.getResponseBody()).contains("'confirmation' must be one of BOTH_GOVERNMENTS");
	}

	private static String level(JsonNode event) {
		return event.get("confirmation").get("level").asString();
	}

	@Test
	void filtersCombine() {
		assertFilter(
				"type=PHONE_CALL&from=2025-03-01&to=2025-05-31", (e) -> type(e).equals("PHONE_CALL")
						&& !date(e).isBefore(LocalDate.of(2025, 3, 1)) && !date(e).isAfter(LocalDate.of(2025, 5, 31)),
				10);
		assertFilter("initiator=RUSSIA&type=PHONE_CALL&direct=true",
				(e) -> e.get("initiator").asString().equals("RUSSIA") && type(e).equals("PHONE_CALL") && direct(e), 2);
		assertFilter("direct=true&type=MEETING&from=2025-06-01",
				(e) -> direct(e) && type(e).equals("MEETING") && !date(e).isBefore(LocalDate.of(2025, 6, 1)), -1);
		assertFilter("actor=sergei-lavrov&proposal=russias-conditions-for-peace",
				(e) -> e.get("slug").asString().equals("2025-04-27-rubio-lavrov-phone-call"), 1);
		assertFilter("type=MILITARY_ACTION&initiator=RUSSIA", (e) -> false, 0);
	}

	@Test
	void aSearchCountsEveryMatchNotOnlyItsFirstPage() {
		// A search's first page counts its matches in the same statement as the page.
		for (String q : new String[] { "Lavrov", "ceasefire", "Lavrov%20Riyadh", "nosuchwordanywhere" }) {
			List<JsonNode> walked = ApiTestSupport.walk(this.web, "/api/events?limit=2&q=" + q);
			JsonNode first = Http
				.json(this.web.get().uri("/api/events?limit=2&q=" + q).exchange().returnResult(String.class));
			assertThat(first.get("total").asLong()).as(q).isEqualTo(walked.size());
		}
		assertThat(Http.json(this.web.get().uri("/api/events?q=Lavrov").exchange().returnResult(String.class))
			.get("total")
			.asLong()).isGreaterThan(2);
	}

	@Test
	void fullTextSearchIsAliasAware() {
		List<String> latin = ApiTestSupport.slugs(ApiTestSupport.walk(this.web, "/api/events?q=Lavrov&limit=100"));
		List<String> cyrillic = ApiTestSupport
			.slugs(ApiTestSupport.walk(this.web, "/api/events?q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2&limit=100"));
		assertThat(latin).isNotEmpty().contains("2025-07-10-rubio-lavrov-meeting-kuala-lumpur");
		// "Лавров" is an alias of Lavrov: it finds every event he took part in; the Latin
		// spelling finds those too, and events that only mention him in their text.
		List<String> withLavrov = this.all.stream()
			.filter((e) -> ApiTestSupport.participantSlugs(e).contains("sergei-lavrov"))
			.map((e) -> e.get("slug").asString())
			.toList();
		assertThat(cyrillic).containsAll(withLavrov);
		assertThat(latin).containsAll(cyrillic);
		List<String> both = ApiTestSupport
			.slugs(ApiTestSupport.walk(this.web, "/api/events?q=Lavrov&type=MEETING&limit=100"));
		assertThat(both).isNotEmpty().allMatch(latin::contains);
		assertThat(this.all.stream()
			.filter((e) -> both.contains(e.get("slug").asString()))
			.allMatch((e) -> type(e).equals("MEETING"))).isTrue();
	}

	@Test
	void sortingByDateEitherWay() {
		List<LocalDate> newest = this.all.stream().map(EventQueryApiTests::date).toList();
		assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<JsonNode> oldestFirst = ApiTestSupport.walk(this.web, "/api/events?sort=date_asc&limit=7");
		assertThat(oldestFirst.stream().map(EventQueryApiTests::date).toList()).isSorted();
		List<String> reversed = new java.util.ArrayList<>(ApiTestSupport.slugs(this.all));
		java.util.Collections.reverse(reversed);
		assertThat(ApiTestSupport.slugs(oldestFirst)).containsExactlyElementsOf(reversed);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 5, 7, 18, 19, 20 })
	void everyPageSizeWalksEveryEventOnceInOrder(int limit) {
		List<JsonNode> walked = ApiTestSupport.walk(this.web, "/api/events?limit=" + limit);
		assertThat(ApiTestSupport.slugs(walked)).doesNotHaveDuplicates()
			.containsExactlyElementsOf(ApiTestSupport.slugs(this.all));
	}

	@Test
	void theLinkHeaderKeepsEveryFilter() {
		EntityExchangeResult<String> first = this.web.get()
			.uri("/api/events?actor=marco-rubio&actor=sergei-lavrov&type=PHONE_CALL"
					+ "&type=MEETING&direct=true&from=2025-01-01&to=2025-12-31&sort=date_asc&limit=2")
			.exchange()
			.returnResult(String.class);
		String next = ApiTestSupport.nextLink(first);
		assertThat(next).startsWith(Http.url(this.port, "/api/events?"))
			.contains("actor=marco-rubio", "actor=sergei-lavrov", "type=PHONE_CALL", "type=MEETING", "direct=true",
					"from=2025-01-01", "to=2025-12-31", "sort=date_asc", "limit=2", "cursor=");
		List<JsonNode> walked = ApiTestSupport.walk(this.web, "/api/events?actor=marco-rubio&actor=sergei-lavrov"
				+ "&type=PHONE_CALL&type=MEETING&direct=true&sort=date_asc&limit=2");
		assertThat(walked).hasSize((int) Http.json(first).get("total").asLong());
		assertThat(walked.stream().map(EventQueryApiTests::date).toList()).isSorted();
	}

	@Test
	void theDefaultPageHoldsTwentyAndTheLastPageHasNoNextLink() {
		JsonNode page = Http.json(this.web.get().uri("/api/events").exchange().returnResult(String.class));
		assertThat(page.get("items").size()).isEqualTo(EventApiController.DEFAULT_LIMIT);
		assertThat(page.get("nextCursor").isNull()).isFalse();
		assertThat(page.get("total").asLong()).isEqualTo(SEEDED_EVENTS);
		JsonNode last = Http.json(this.web.get()
			.uri("/api/events?limit=20&sort=date_asc&from=2026-01-01")
			.exchange()
			.returnResult(String.class));
		assertThat(last.get("items").size()).isEqualTo(last.get("total").asInt()).isLessThan(20);
		assertThat(last.get("nextCursor").isNull()).isTrue();
		assertThat(ApiTestSupport.nextLink(this.web.get()
			.uri("/api/events?limit=20&sort=date_asc&from=2026-01-01")
			.exchange()
			.returnResult(String.class))).isNull();
		JsonNode ten = Http.json(this.web.get().uri("/api/events?limit=10").exchange().returnResult(String.class));
		assertThat(ten.get("items").size()).isEqualTo(10);
		assertThat(ten.get("total").asLong()).isEqualTo(SEEDED_EVENTS);
	}

	@Test
	void updatedSinceFiltersByLastChange() {
		assertThat(Http
			.json(this.web.get()
				.uri("/api/events?updated_since=2000-01-01T00:00:00Z")
				.exchange()
				.returnResult(String.class))
			.get("total")
			.asLong()).isEqualTo(SEEDED_EVENTS);
		assertThat(Http
			.json(this.web.get()
				.uri("/api/events?updated_since=2999-01-01T00:00:00Z")
				.exchange()
				.returnResult(String.class))
			.get("total")
			.asLong()).isZero();
	}

	@Test
	void actorsFilterByCountryKindAndName() {
		JsonNode russians = Http
			.json(this.web.get().uri("/api/actors?country=ru").exchange().returnResult(String.class));
		assertThat(russians.findValuesAsString("country")).isNotEmpty().allMatch("RU"::equals);
		assertThat(russians.findValuesAsString("slug")).contains("sergei-lavrov", "vladimir-putin");
		JsonNode bodies = Http
			.json(this.web.get().uri("/api/actors?kind=GOVERNMENT_BODY").exchange().returnResult(String.class));
		assertThat(bodies.findValuesAsString("kind")).isNotEmpty().allMatch("GOVERNMENT_BODY"::equals);
		JsonNode byAlias = Http.json(this.web.get().uri("/api/actors?q=Sergey").exchange().returnResult(String.class));
		// "Sergey" is a spelling of "Sergei": it finds every Sergei of the record
		assertThat(byAlias.findValuesAsString("slug")).containsExactlyInAnyOrder("sergei-lavrov", "sergei-beseda",
				"sergei-naryshkin", "sergei-ryabkov");
		JsonNode combined = Http.json(
				this.web.get().uri("/api/actors?country=US&kind=PERSON&q=rubio").exchange().returnResult(String.class));
		assertThat(combined.findValuesAsString("slug")).containsExactly("marco-rubio");
		assertThat(
				Http.json(this.web.get().uri("/api/actors?country=US&q=lavrov").exchange().returnResult(String.class))
					.size())
			.isZero();
	}

	@Test
	void anActorCarriesRolesAliasesAndCounterparts() {
		JsonNode rubio = Http.json(this.web.get().uri("/api/actors/marco-rubio").exchange().returnResult(String.class));
		assertThat(rubio.get("roles").findValuesAsString("title")).anyMatch((title) -> title.contains("Secretary"));
		assertThat(rubio.get("counterparts").get(0).get("actor").get("slug").asString()).isEqualTo("sergei-lavrov");
		assertThat(rubio.get("counterparts").get(0).get("contacts").asLong()).isPositive();
	}

	@Test
	void aProposalCarriesItsPositionLog() {
		JsonNode conditions = Http.json(this.web.get()
			.uri("/api/proposals/russias-conditions-for-peace")
			.exchange()
			.returnResult(String.class));
		assertThat(conditions.get("positions").size()).isPositive();
		JsonNode position = conditions.get("positions").get(0);
		assertThat(position.get("party").get("slug").asString()).isEqualTo("sergei-lavrov");
		assertThat(position.get("stance").asString()).isEqualTo("PROPOSED");
		assertThat(position.get("source").get("id").asLong()).isPositive();
		assertThat(conditions.get("events").findValuesAsString("slug")).contains("2025-04-27-rubio-lavrov-phone-call");
	}

	private void assertFilter(String query, Predicate<JsonNode> expected, int expectedCount) {
		List<String> want = this.all.stream().filter(expected).map((e) -> e.get("slug").asString()).toList();
		List<JsonNode> got = ApiTestSupport.walk(this.web, "/api/events?limit=3&" + query);
		assertThat(ApiTestSupport.slugs(got)).as(query).containsExactlyElementsOf(want);
		assertThat(Http.json(this.web.get().uri("/api/events?limit=3&" + query).exchange().returnResult(String.class))
			.get("total")
			.asLong()).as(query).isEqualTo(want.size());
		if (expectedCount >= 0) {
			assertThat(want).as(query).hasSize(expectedCount);
		}
		else {
			assertThat(want).as(query).isNotEmpty().hasSizeLessThan(SEEDED_EVENTS);
		}
	}

	/** A direct Rubio–Lavrov contact: the ministers' channel. */
	private static boolean direct(JsonNode event) {
		return event.get("channel").asString().equals("MINISTERS");
	}

	private static String type(JsonNode event) {
		return event.get("type").asString();
	}

	private static LocalDate date(JsonNode event) {
		return LocalDate.parse(event.get("date").get("value").asString());
	}

}
