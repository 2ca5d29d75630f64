package org.backchannel.web.event;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar parses with ical4j, validates as RFC 5545 and holds one all-day VEVENT per
 * contact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarExportTests {

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
	void theCalendarHoldsEveryContactAsAnAllDayEvent() throws Exception {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/calendar.ics")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
		Calendar calendar = parse(response.getResponseBody());
		calendar.validate();

		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		// every published contact (call, meeting, summit, round, message) known to the
		// day
		int contacts = this.jdbc.sql("""
				select count(*) from event where status = 'PUBLISHED' and date_precision = 'DAY'
				and type in ('PHONE_CALL', 'MEETING', 'SUMMIT', 'NEGOTIATION_ROUND', 'MESSAGE')
				""").query(Integer.class).single();
		assertThat(contacts).isGreaterThan(50);
		assertThat(events).hasSize(contacts);
		assertThat(events).extracting((event) -> event.getUid().orElseThrow().getValue())
			.doesNotHaveDuplicates()
			.allMatch((uid) -> uid.endsWith("@backchannel"))
			.doesNotContain("2025-03-15-us-strikes-on-houthis-yemen@backchannel");

		VEvent riyadh = byUid(events, "2025-02-18-rubio-lavrov-meeting-riyadh@backchannel");
		assertThat(riyadh.getDateTimeStart().getParameter(Value.VALUE)).contains(Value.DATE);
		assertThat(riyadh.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2025, 2, 18));
		assertThat(riyadh.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2025, 2, 19));
		assertThat(riyadh.getLocation().getValue()).isEqualTo("Diriyah Palace, Riyadh (SA)");
		assertThat(riyadh.getSummary().getValue()).isEqualTo("Rubio and Lavrov meet in Riyadh");

		VEvent call = byUid(events, "2025-03-15-rubio-lavrov-phone-call@backchannel");
		String description = call.getDescription().getValue();
		assertThat(description).contains("US readout")
			.contains("RUSSIA readout")
			.contains("Confirmation (BOTH_GOVERNMENTS): Each side's government gave an account: the US "
					+ "(US State Department) and Russia (Russian Ministry of Foreign Affairs, Kremlin).")
			.contains(Http.url(this.port, "/events/2025-03-15-rubio-lavrov-phone-call"));
		assertThat(call.getUrl().getValue())
			.isEqualTo(Http.url(this.port, "/events/2025-03-15-rubio-lavrov-phone-call"));
		assertThat(call.getProperty(Property.DTSTAMP)).isPresent();
	}

	@Test
	void theCalendarHonoursTheFilters() throws Exception {
		Calendar calls = parse(this.web.get()
			.uri("/calendar.ics?type=PHONE_CALL&initiator=RUSSIA&channel=MINISTERS")
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(calls.<VEvent>getComponents(VEvent.VEVENT))
			.extracting((event) -> event.getUid().orElseThrow().getValue())
			.containsExactlyInAnyOrder("2025-04-27-rubio-lavrov-phone-call@backchannel",
					"2025-06-01-rubio-lavrov-phone-call@backchannel");
		Calendar context = parse(this.web.get()
			.uri("/calendar.ics?type=MILITARY_ACTION")
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(context.<VEvent>getComponents(VEvent.VEVENT)).hasSize(1);
	}

	@Test
	void everyLineIsFoldedAtSeventyFiveOctetsOfUtf8NotCharacters() throws Exception {
		// The calendar's name has an en dash (three octets): 75 characters of it would be
		// 77 octets.
		String body = this.web.get().uri("/calendar.ics").exchange().returnResult(String.class).getResponseBody();
		assertThat(body).contains("–");
		for (String line : body.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		parse(body).validate();
	}

	@Test
	void aLongLineOfMultiOctetCharactersIsFoldedBetweenCharacters() {
		String line = "DESCRIPTION:" + "Переговоры – ".repeat(10);
		String folded = EventCalendar.fold(line);
		for (String part : folded.split("\r\n")) {
			assertThat(part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(folded.replace("\r\n ", "")).as("unfolding gives the line back").isEqualTo(line);
	}

	@Test
	void aCalendarWithNoMatchingContactStillHasAComponentAndIsValid() throws Exception {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/calendar.ics?q=nothing-matches-this-word")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		Calendar calendar = parse(response.getResponseBody());
		assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).isEmpty();
		assertThat(calendar.getComponents()).as("RFC 5545 3.6: at least one component").isNotEmpty();
		calendar.validate();
	}

	static Calendar parse(String body) throws Exception {
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static VEvent byUid(List<VEvent> events, String uid) {
		return events.stream()
			.filter((event) -> event.getUid().orElseThrow().getValue().equals(uid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + uid));
	}

	@Test
	void aCalendarWithMoreContactsThanItsBoundHoldsTheMostRecentAndSaysWhereTheRestAre() throws Exception {
		for (int i = 0; i <= ExportController.CALENDAR_SIZE; i++) {
			this.jdbc.sql("""
					insert into event (slug, title, type, date_value, date_precision, summary, status, channel)
					values (:slug, 'Bounded calendar call', 'PHONE_CALL', date '2031-01-01' + :i, 'DAY',
					        'A call of the bound test', 'PUBLISHED', 'LEADERS')
					""").param("slug", "bounded-calendar-call-" + i).param("i", i).update();
		}
		try {
			String body = this.web.get().uri("/calendar.ics").exchange().returnResult(String.class).getResponseBody();
			Calendar calendar = parse(body);
			List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
			assertThat(events).hasSize(ExportController.CALENDAR_SIZE);
			assertThat(body).as("the oldest of the new calls is left out")
				.doesNotContain("bounded-calendar-call-0@")
				.contains("bounded-calendar-call-" + ExportController.CALENDAR_SIZE + "@");
			assertThat(body.replace("\r\n ", ""))
				.contains("X-WR-CALDESC:The " + ExportController.CALENDAR_SIZE + " most recent matching contacts")
				.contains("/api/events.csv");
		}
		finally {
			this.jdbc.sql("delete from event where slug like 'bounded-calendar-call-%'").update();
		}
	}

}
