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
 * A contact's occasion (the gathering it took place during or on the sidelines of), the
 * field issue 26 adds to show what a new field costs: edited in the admin form, shown on
 * the event page, read and written by the API, exported in the CSV.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
class EventOccasionTests {

	static final String SEEDED = "2025-09-24-rubio-lavrov-meeting-new-york";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventReadService events;

	@Test
	void theSeededOccasionIsOnTheEventPageInTheApiAndInTheCsv() throws Exception {
		Document page = page(this.mvc.perform(get("/events/" + SEEDED)).andExpect(status().isOk()));
		assertThat(text(page, "event-occasion")).isEqualTo("UN General Assembly");
		JsonNode event = json.readTree(this.mvc.perform(get("/api/events/" + SEEDED))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(event.get("occasion").asString()).isEqualTo("UN General Assembly");
		assertThat(event.get("place").asString()).isEqualTo("UN General Assembly, New York");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(EventCsv
				.writeDetails(List.of(this.events.findEvent(SEEDED).orElseThrow()), "https://backchannel.example")
				.substring(EventCsv.BYTE_ORDER_MARK.length())))
			.getRecords();
		assertThat(rows.get(0).get("occasion")).isEqualTo("UN General Assembly");
		// its column keeps its place, right after the sources; later columns go after it
		assertThat(EventCsv.COLUMNS.indexOf("occasion")).isEqualTo(EventCsv.COLUMNS.indexOf("sources") + 1);
	}

	@Test
	void anEventWithoutOneShowsNoOccasion() throws Exception {
		Document page = page(this.mvc.perform(get("/events/2025-03-15-rubio-lavrov-phone-call")));
		assertThat(page.getElementById("event-occasion")).isNull();
	}

	@Test
	void anEditorSetsTheOccasionInTheFormAndFindsItThereAgain() throws Exception {
		this.mvc.perform(form("/admin/events/new", "event.where.occasion", "ASEAN foreign ministers' meetings"))
			.andExpect(status().isFound());
		String slug = "2026-08-19-met-at-a-gathering";
		assertThat(this.events.findEditable(slug).orElseThrow().data().where().occasion())
			.isEqualTo("ASEAN foreign ministers' meetings");
		Document edit = page(
				this.mvc.perform(get("/admin/events/" + slug + "/edit").with(user("edith").roles("EDITOR")))
					.andExpect(status().isOk()));
		assertThat(value(edit, "event.where.occasion")).isEqualTo("ASEAN foreign ministers' meetings");
		assertThat(edit.select("label[for=occasion]").text()).isEqualTo("Occasion");
		assertThat(this.events.findPreview(slug).orElseThrow().event().where().occasion())
			.isEqualTo("ASEAN foreign ministers' meetings");
	}

	@Test
	void anOccasionOverTwoHundredCharactersIsRefusedNextToTheField() throws Exception {
		Document page = page(this.mvc.perform(form("/admin/events/new", "event.where.occasion", "x".repeat(201)))
			.andExpect(status().isOk()));
		assertThat(text(page, "error-occasion")).isNotBlank();
	}

	@Test
	void theApiWritesTheOccasionAndReadsItBack() throws Exception {
		String body = """
				{"title": "Met on the sidelines", "type": "MEETING", "date": "2026-08-21", "datePrecision": "DAY",
				 "place": "New York", "country": "US", "occasion": "UN General Assembly",
				 "summary": "They met on the sidelines.", "initiator": "NOT_REPORTED",
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
				this.mvc.perform(get("/api/events/2026-08-21-met-on-the-sidelines").with(user("edith").roles("EDITOR")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(event.get("occasion").asString()).isEqualTo("UN General Assembly");
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
			.param("event.title", "Met at a gathering")
			.param("event.type", "MEETING")
			.param("event.when.date", "2026-08-19")
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
