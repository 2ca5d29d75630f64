package org.backchannel.web.event;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.backchannel.event.EventReadService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.testing.Html.page;
import static org.backchannel.testing.Html.text;
import static org.backchannel.testing.Html.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contact's venue (the building or site where an in-person contact took place, as a
 * cited source names it), the field issue 26 adds in eight files to the shared
 * {@code Where} group: edited in the admin form, shown on the event page, read and
 * written by the API, exported in the CSV's last column.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
class EventVenueTests {

	static final String SEEDED = "2025-02-18-rubio-lavrov-meeting-riyadh";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventReadService events;

	@Test
	void theSeededVenueIsOnTheEventPageInTheApiAndInTheCsv() throws Exception {
		Document page = page(this.mvc.perform(get("/events/" + SEEDED)).andExpect(status().isOk()));
		assertThat(text(page, "event-venue")).isEqualTo("Diriyah Palace");
		JsonNode event = json.readTree(this.mvc.perform(get("/api/events/" + SEEDED))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(event.get("venue").asString()).isEqualTo("Diriyah Palace");
		assertThat(event.get("place").asString()).isEqualTo("Diriyah Palace, Riyadh");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(EventCsv
				.writeDetails(List.of(this.events.findEvent(SEEDED).orElseThrow()), "https://backchannel.example")
				.substring(EventCsv.BYTE_ORDER_MARK.length())))
			.getRecords();
		assertThat(rows.get(0).get("venue")).isEqualTo("Diriyah Palace");
		assertThat(EventCsv.COLUMNS).endsWith("occasion", "venue");
	}

	@Test
	void theVenuesAreSeededOnlyWhereACitedSourceNamesThem() {
		assertThat(this.jdbc.sql("select slug, venue from event where venue is not null order by slug")
			.query((rs, row) -> rs.getString("slug") + ": " + rs.getString("venue"))
			.list())
			.contains("2025-02-18-rubio-lavrov-meeting-riyadh: Diriyah Palace",
					"2025-04-10-us-russia-embassy-talks-istanbul: Russian consulate general",
					"2026-01-22-witkoff-kushner-putin-meeting-moscow: Kremlin")
			.doesNotContain("2025-02-27-us-russia-embassy-talks-istanbul: US consul general's residence");
	}

	@Test
	void anEventWithoutOneShowsNoVenue() throws Exception {
		Document page = page(this.mvc.perform(get("/events/2025-03-15-rubio-lavrov-phone-call")));
		assertThat(page.getElementById("event-venue")).isNull();
	}

	@Test
	void anEditorSetsTheVenueInTheFormAndFindsItThereAgain() throws Exception {
		this.mvc.perform(form("/admin/events/new", "event.where.venue", "Presidential Library"))
			.andExpect(status().isFound());
		String slug = "2026-08-23-met-at-a-named-building";
		assertThat(this.events.findEditable(slug).orElseThrow().data().where().venue())
			.isEqualTo("Presidential Library");
		Document edit = page(
				this.mvc.perform(get("/admin/events/" + slug + "/edit").with(user("edith").roles("EDITOR")))
					.andExpect(status().isOk()));
		assertThat(value(edit, "event.where.venue")).isEqualTo("Presidential Library");
		assertThat(edit.select("label[for=venue]").text()).isEqualTo("Venue");
		assertThat(this.events.findPreview(slug).orElseThrow().event().where().venue())
			.isEqualTo("Presidential Library");
	}

	@Test
	void aVenueOverTwoHundredCharactersIsRefusedNextToTheField() throws Exception {
		Document page = page(this.mvc.perform(form("/admin/events/new", "event.where.venue", "x".repeat(201)))
			.andExpect(status().isOk()));
		assertThat(text(page, "error-venue")).isNotBlank();
	}

	@Test
	void theApiWritesTheVenueAndReadsItBack() throws Exception {
		String body = """
				{"title": "Met at the palace", "type": "MEETING", "date": "2026-08-25", "datePrecision": "DAY",
				 "place": "Riyadh", "country": "SA", "venue": "Diriyah Palace",
				 "summary": "They met at the palace.", "initiator": "NOT_REPORTED",
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"},
				                  {"actor": "sergei-lavrov", "role": "PRINCIPAL"}],
				 "sources": [%d]}
				""".formatted(source());
		this.mvc
			.perform(post("/api/events").with(user("edith").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		JsonNode event = json.readTree(
				this.mvc.perform(get("/api/events/2026-08-25-met-at-the-palace").with(user("edith").roles("EDITOR")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(event.get("venue").asString()).isEqualTo("Diriyah Palace");
		assertThat(event.get("place").asString()).isEqualTo("Riyadh");
	}

	private long source() {
		return this.jdbc.sql("select id from source where seed_file = '002_25fc6c82eb263419.txt'")
			.query(Long.class)
			.single();
	}

	/** A complete, valid event form with one field more. */
	private MockHttpServletRequestBuilder form(String path, String name, String value) {
		String source = String.valueOf(source());
		return post(path).with(csrf())
			.with(user("edith").roles("EDITOR"))
			.param("event.title", "Met at a named building")
			.param("event.type", "MEETING")
			.param("event.when.date", "2026-08-23")
			.param("event.when.datePrecision", "DAY")
			.param("event.initiated.initiator", "NOT_REPORTED")
			.param("event.summary", "They met on the sidelines.")
			.param("event.participants[0].actor", "marco-rubio")
			.param("event.participants[0].role", "PRINCIPAL")
			.param("event.participants[1].actor", "sergei-lavrov")
			.param("event.participants[1].role", "PRINCIPAL")
			.param("event.sources[0]", source)
			.param("newSource.language", "en")
			.param("newSource.publishedPrecision", "DAY")
			.param(name, value);
	}

}
