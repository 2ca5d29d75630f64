package org.backchannel.web.event;

import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.backchannel.event.EventReadService;
import org.backchannel.event.Where;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
 * The text components issue 26 added to the shared {@link Where} group, a contact's
 * occasion (the gathering it took place during or on the sidelines of) and its venue (the
 * building or site where an in-person contact took place, as a cited source names it):
 * each is edited in the admin form, shown on the event page, read and written by the API,
 * exported in the CSV and refused over its limit next to its field. A component added to
 * {@code Where} is one entry more in {@link #components()}.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
class WhereTextComponentTests {

	/** Where's components that are not checked here: they have tests of their own. */
	private static final List<String> CHECKED_ELSEWHERE = List.of("place", "country");

	/** A seeded event with none of the components. */
	private static final String WITHOUT_ANY = "2025-03-15-rubio-lavrov-phone-call";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventReadService events;

	/** Where's text components, in the order of their CSV columns. */
	static List<TextComponent> components() {
		return List.of(
				new TextComponent("occasion", "event.where.occasion", "occasion", "occasion", 200, "Occasion",
						new Seeded("2025-09-24-rubio-lavrov-meeting-new-york", "UN General Assembly",
								"UN General Assembly, New York"),
						"ASEAN foreign ministers' meetings", "2026-08-19"),
				new TextComponent("venue", "event.where.venue", "venue", "venue", 200, "Venue",
						new Seeded("2025-02-18-rubio-lavrov-meeting-riyadh", "Diriyah Palace",
								"Diriyah Palace, Riyadh"),
						"Presidential Library", "2026-08-23"));
	}

	@ParameterizedTest(name = "the {0}")
	@MethodSource("components")
	void theSeededValueIsOnTheEventPageInTheApiAndInTheCsv(TextComponent component) throws Exception {
		Seeded seeded = component.seeded();
		Document page = page(this.mvc.perform(get("/events/" + seeded.slug())).andExpect(status().isOk()));
		assertThat(text(page, "event-" + component.name())).isEqualTo(seeded.value());
		JsonNode event = json.readTree(this.mvc.perform(get("/api/events/" + seeded.slug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(event.get(component.apiProperty()).asString()).isEqualTo(seeded.value());
		assertThat(event.get("place").asString()).isEqualTo(seeded.place());
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(EventCsv
				.writeDetails(List.of(this.events.findEvent(seeded.slug()).orElseThrow()),
						"https://backchannel.example")
				.substring(EventCsv.BYTE_ORDER_MARK.length())))
			.getRecords();
		assertThat(rows.get(0).get(component.csvColumn())).isEqualTo(seeded.value());
	}

	@ParameterizedTest(name = "the {0}")
	@MethodSource("components")
	void anEventWithoutItShowsNoLineForIt(TextComponent component) throws Exception {
		Document page = page(this.mvc.perform(get("/events/" + WITHOUT_ANY)));
		assertThat(page.getElementById("event-" + component.name())).isNull();
	}

	@ParameterizedTest(name = "the {0}")
	@MethodSource("components")
	void anEditorSetsItInTheFormAndFindsItThereAgain(TextComponent component) throws Exception {
		this.mvc.perform(form(component, component.written())).andExpect(status().isFound());
		String slug = component.day() + "-met-with-its-" + component.name() + "-set-in-the-form";
		assertThat(component.in(this.events.findEditable(slug).orElseThrow().data().where()))
			.isEqualTo(component.written());
		Document edit = page(
				this.mvc.perform(get("/admin/events/" + slug + "/edit").with(user("edith").roles("EDITOR")))
					.andExpect(status().isOk()));
		assertThat(value(edit, component.formField())).isEqualTo(component.written());
		assertThat(edit.select("label[for=" + component.name() + "]").text()).isEqualTo(component.label());
		assertThat(component.in(this.events.findPreview(slug).orElseThrow().event().where()))
			.isEqualTo(component.written());
	}

	@ParameterizedTest(name = "the {0}")
	@MethodSource("components")
	void aValueOverItsLimitIsRefusedNextToTheField(TextComponent component) throws Exception {
		assertThat(component.limit()).as("the limit Where declares").isEqualTo(component.declaredLimit());
		Document page = page(
				this.mvc.perform(form(component, "x".repeat(component.limit() + 1))).andExpect(status().isOk()));
		assertThat(text(page, "error-" + component.name())).isNotBlank();
	}

	@ParameterizedTest(name = "the {0}")
	@MethodSource("components")
	void theApiWritesItAndReadsItBack(TextComponent component) throws Exception {
		LocalDate date = LocalDate.parse(component.day()).plusDays(2);
		String body = """
				{"title": "Met with its %s written through the API", "type": "MEETING", "date": "%s",
				 "datePrecision": "DAY", "place": "Riyadh", "country": "SA", "%s": "%s",
				 "summary": "They met on the sidelines.", "initiator": "NOT_REPORTED",
				 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"},
				                  {"actor": "sergei-lavrov", "role": "PRINCIPAL"}],
				 "sources": [%d]}
				""".formatted(component.name(), date, component.apiProperty(), component.written(), source());
		this.mvc
			.perform(post("/api/events").with(user("edith").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		String slug = date + "-met-with-its-" + component.name() + "-written-through-the-api";
		JsonNode event = json.readTree(this.mvc.perform(get("/api/events/" + slug).with(user("edith").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(event.get(component.apiProperty()).asString()).isEqualTo(component.written());
		assertThat(event.get("place").asString()).isEqualTo("Riyadh");
	}

	@Test
	void theirColumnsComeLastInTheCsvRightAfterTheSourcesInTheOrderTheyWereAdded() {
		// columns are only ever added at the end: the sources' column keeps its place
		assertThat(EventCsv.COLUMNS)
			.endsWith(Stream.concat(Stream.of("sources"), components().stream().map(TextComponent::csvColumn))
				.toArray(String[]::new));
	}

	@Test
	void everyComponentOfWhereIsCheckedHereOrHasTestsOfItsOwn() {
		assertThat(Arrays.stream(Where.class.getRecordComponents()).map(RecordComponent::getName))
			.containsExactlyElementsOf(
					Stream.concat(CHECKED_ELSEWHERE.stream(), components().stream().map(TextComponent::name)).toList());
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

	private long source() {
		return this.jdbc.sql("select id from source where seed_file = '002_25fc6c82eb263419.txt'")
			.query(Long.class)
			.single();
	}

	/** A complete, valid event form on the component's day, with the component set. */
	private MockHttpServletRequestBuilder form(TextComponent component, String value) {
		String source = String.valueOf(source());
		return post("/admin/events/new").with(csrf())
			.with(user("edith").roles("EDITOR"))
			.param("event.title", "Met with its " + component.name() + " set in the form")
			.param("event.type", "MEETING")
			.param("event.when.date", component.day())
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
			.param(component.formField(), value);
	}

	/**
	 * A text component of {@link Where} and where it shows.
	 *
	 * @param name the record component, also in the event page's ids
	 * ({@code event-name}), the form's ({@code error-name}) and its label's target
	 * @param formField the admin form's parameter
	 * @param apiProperty the API's JSON property, read and written
	 * @param csvColumn the CSV export's column
	 * @param limit its longest value, as its {@code @Size} says
	 * @param label the form's label for it
	 * @param seeded a seeded event that has it
	 * @param written a value the tests write, through the form on {@code day} and through
	 * the API two days later (days no other event of theirs takes, so that none looks
	 * like a duplicate of another: same date, same principals)
	 * @param day an ISO date
	 */
	record TextComponent(String name, String formField, String apiProperty, String csvColumn, int limit, String label,
			Seeded seeded, String written, String day) {

		String in(Where where) throws ReflectiveOperationException {
			return (String) component().getAccessor().invoke(where);
		}

		int declaredLimit() throws NoSuchFieldException {
			return Where.class.getDeclaredField(this.name).getAnnotation(Size.class).max();
		}

		private RecordComponent component() {
			return Arrays.stream(Where.class.getRecordComponents())
				.filter((component) -> component.getName().equals(this.name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("Where has no component " + this.name));
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * A seeded event that has the component.
	 *
	 * @param slug the event
	 * @param value the component's value
	 * @param place the event's place, as the API gives it
	 */
	record Seeded(String slug, String value, String place) {

	}

}
