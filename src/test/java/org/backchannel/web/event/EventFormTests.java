package org.backchannel.web.event;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.backchannel.event.EventReadService;
import org.backchannel.event.EventWriteService;
import org.backchannel.event.EventStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.testing.Html.has;
import static org.backchannel.testing.Html.page;
import static org.backchannel.testing.Html.text;
import static org.backchannel.testing.Html.value;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The event form: rows added and removed without saving, messages next to each field with
 * the input kept, post/redirect/get, the duplicate warning and edit conflicts.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
class EventFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventWriteService events;

	@Autowired
	EventReadService queries;

	String source;

	@BeforeEach
	void findSource() {
		this.source = String.valueOf(this.jdbc.sql("select id from source where seed_file = '002_25fc6c82eb263419.txt'")
			.query(Long.class)
			.single());
	}

	/**
	 * A complete, valid event form; {@code overrides} (name, value, name, value...)
	 * replace or add fields.
	 */
	MockHttpServletRequestBuilder filled(String path, String title, String date, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("event.title", title);
		fields.put("event.type", "MEETING");
		fields.put("event.when.date", date);
		fields.put("event.when.datePrecision", "DAY");
		fields.put("event.initiated.initiator", "NOT_REPORTED");
		fields.put("event.summary", "They met on the sidelines.");
		fields.put("event.participants[0].actor", "marco-rubio");
		fields.put("event.participants[0].role", "PRINCIPAL");
		fields.put("event.participants[1].actor", "sergei-lavrov");
		fields.put("event.participants[1].role", "PRINCIPAL");
		fields.put("event.readouts[0].side", "RUSSIA");
		fields.put("event.readouts[0].issuer", "sergei-lavrov");
		fields.put("event.readouts[0].summary", "An in-depth and honest exchange.");
		fields.put("event.readouts[0].keyQuotes[0]", "candid discussion");
		fields.put("event.readouts[0].keyQuotes[1]", "");
		fields.put("event.readouts[0].source", this.source);
		fields.put("event.readouts[0].language", "ru");
		fields.put("event.sources[0]", this.source);
		fields.put("newSource.language", "en");
		fields.put("newSource.publishedPrecision", "DAY");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user("edith").roles("EDITOR"));
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theEmptyFormOffersTwoParticipantRows() throws Exception {
		Document page = page(this.mvc.perform(get("/admin/events/new").with(user("edith").roles("EDITOR")))
			.andExpect(status().isOk()));
		assertThat(has(page, "select[name='event.participants[1].actor']")).isTrue();
		assertThat(has(page, "select[name='event.participants[2].actor']")).isFalse();
		assertThat(has(page, "form#event-form input[name='_csrf']")).isTrue();
	}

	@Test
	void theEditFormSaysHowSureTheEventIsAndWhatWouldMoveItUp() throws Exception {
		Document page = page(this.mvc
			.perform(get("/admin/events/2025-02-18-rubio-lavrov-meeting-riyadh/edit")
				.with(user("edith").roles("EDITOR")))
			.andExpect(status().isOk()));
		assertThat(page.select("#confirmation-outlook h2").text()).isEqualTo("How sure is it?");
		assertThat(page.select("#confirmation-outlook .confirmation-badge").text()).isNotBlank();
		assertThat(page.select("#confirmation-outlook h3").text()).isEqualTo("To move up a level");
		assertThat(page.select("#confirmation-next li")).isNotEmpty();
	}

	@Test
	void rowButtonsChangeTheRowsAndKeepTheInput() throws Exception {
		Document added = page(this.mvc
			.perform(filled("/admin/events/new", "Kept title", "2026-08-01").param("_action", "add:participants"))
			.andExpect(status().isOk()));
		assertThat(value(added, "event.title")).isEqualTo("Kept title");
		assertThat(has(added, "select[name='event.participants[2].actor']")).isTrue();
		assertThat(value(added, "event.readouts[0].keyQuotes[0]")).isEqualTo("candid discussion");
		assertThat(value(added, "event.readouts[0].language")).isEqualTo("ru");
		assertThat(added.select("select[name='event.participants[1].actor'] option[selected]").val())
			.isEqualTo("sergei-lavrov");

		Document removed = page(this.mvc
			.perform(filled("/admin/events/new", "Kept title", "2026-08-01").param("_action", "remove:readouts:0"))
			.andExpect(status().isOk()));
		assertThat(has(removed, "textarea[name='event.readouts[0].summary']")).isFalse();

		Document withSource = page(this.mvc
			.perform(filled("/admin/events/new", "Kept title", "2026-08-01").param("_action", "createSource")
				.param("newSource.outlet", "Example Wire")
				.param("newSource.title", "Inline report")
				.param("newSource.url", "https://example.org/inline")
				.param("newSource.published", "2026-08-01"))
			.andExpect(status().isOk()));
		assertThat(has(withSource, "input[name='event.sources[1]']")).isTrue();
		assertThat(withSource.getElementById("event-sources").text()).contains("Example Wire: Inline report");

		Document badSource = page(this.mvc
			.perform(filled("/admin/events/new", "Kept title", "2026-08-01").param("_action", "createSource")
				.param("newSource.outlet", "Example Wire")
				.param("newSource.title", "Bad link")
				.param("newSource.url", "ftp//nowhere"))
			.andExpect(status().isOk()));
		assertThat(text(badSource, "error-newSource.url")).contains("http");
		assertThat(value(badSource, "newSource.url")).isEqualTo("ftp//nowhere");
	}

	@Test
	void errorsAreShownNextToTheirFieldsWithTheInputKept() throws Exception {
		Document page = page(this.mvc
			.perform(filled("/admin/events/new", "", "2026-08", "event.when.endDate", "2026-07-01",
					"event.participants[1].actor", "marco-rubio", "event.where.country", "Malaysia",
					"event.when.durationMinutes", "fifty", "event.readouts[0].source", "", "event.readouts[0].language",
					"Russian"))
			.andExpect(status().isOk()));
		assertThat(text(page, "form-errors")).contains("Please correct");
		assertThat(text(page, "error-title")).isEqualTo("is required.");
		assertThat(text(page, "error-date")).contains("YYYY-MM-DD");
		assertThat(text(page, "error-country")).contains("two-letter");
		assertThat(text(page, "error-durationMinutes")).contains("whole number");
		assertThat(text(page, "error-participants[1].actor")).contains("twice");
		assertThat(text(page, "error-readouts[0].source")).isEqualTo("is required.");
		assertThat(text(page, "error-readouts[0].language")).contains("ISO 639");
		assertThat(value(page, "event.readouts[0].language")).isEqualTo("Russian");
		assertThat(value(page, "event.when.date")).isEqualTo("2026-08");
		assertThat(value(page, "event.where.country")).isEqualTo("Malaysia");
		assertThat(value(page, "event.when.durationMinutes")).isEqualTo("fifty");

		Document noSources = page(this.mvc.perform(filled("/admin/events/new", "No sources", "2026-08-02",
				"event.sources[0]", "", "event.readouts[0].source", "")));
		assertThat(text(noSources, "error-sources")).contains("at least one source");
	}

	@Test
	void aBadDateShowsItsMessageBesideTheDateFieldOfItsGroup() throws Exception {
		Document page = page(this.mvc
			.perform(filled("/admin/events/new", "Bad date", "2026-02-30", "event.when.endDate", "2026-01-01",
					"event.initiated.initiatorActor", "nobody-at-all"))
			.andExpect(status().isOk()));
		// The date's message sits under the date field and the field points to it.
		assertThat(text(page, "error-date")).contains("not a real date");
		assertThat(page.getElementById("date").attr("name")).isEqualTo("event.when.date");
		assertThat(page.getElementById("date").attr("aria-describedby")).contains("error-date");
		assertThat(page.getElementById("date").attr("aria-invalid")).isEqualTo("true");
		assertThat(value(page, "event.when.date")).isEqualTo("2026-02-30");
		// The rules that need the database report on the grouped fields too.
		assertThat(text(page, "error-initiatorActor")).contains("nobody-at-all");
		assertThat(page.getElementById("initiatorActor").attr("aria-describedby")).contains("error-initiatorActor");

		Document withEnd = page(this.mvc
			.perform(filled("/admin/events/new", "Ends before", "2026-02-03", "event.when.endDate", "2026-02-01")));
		assertThat(text(withEnd, "error-endDate")).contains("not be before");

		// A form without any of the date's fields is told what is missing, beside the
		// precision.
		Document undated = page(this.mvc
			.perform(post("/admin/events/new").with(csrf())
				.with(user("edith").roles("EDITOR"))
				.param("event.title", "No date at all")
				.param("event.type", "MEETING")
				.param("event.summary", "They met.")
				.param("event.sources[0]", this.source))
			.andExpect(status().isOk()));
		assertThat(text(undated, "error-datePrecision")).startsWith("is required: DAY, MONTH");
	}

	@Test
	void aSavedDraftRedirectsToItsPreviewWithAMessage() throws Exception {
		MvcResult saved = this.mvc.perform(filled("/admin/events/new", "Form meeting", "2026-08-03"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/events/2026-08-03-form-meeting"))
			.andExpect(flash().attribute("message", containsString("draft")))
			.andReturn();
		assertThat(this.queries.findEvent("2026-08-03-form-meeting")).isEmpty();
		// Following the redirect in the same (PostgreSQL-stored) session shows the
		// message.
		Cookie session = saved.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		Document preview = page(this.mvc
			.perform(get("/admin/events/2026-08-03-form-meeting").with(user("edith").roles("EDITOR")).cookie(session))
			.andExpect(status().isOk()));
		assertThat(text(preview, "flash-message")).contains("as a draft");
		assertThat(text(preview, "event-status")).isEqualTo("Draft");
		assertThat(has(preview, "#publish-event")).isFalse();
		Document forAdmin = page(this.mvc
			.perform(get("/admin/events/2026-08-03-form-meeting").with(user("ada").roles("EDITOR", "ADMIN"))));
		assertThat(has(forAdmin, "#publish-event")).isTrue();
		this.mvc
			.perform(post("/admin/events/2026-08-03-form-meeting/publish").with(csrf())
				.with(user("ada").roles("EDITOR", "ADMIN")))
			.andExpect(redirectedUrl("/events/2026-08-03-form-meeting"))
			.andExpect(flash().attribute("message", containsString("Published")));
		assertThat(this.queries.findEvent("2026-08-03-form-meeting")).isPresent();
	}

	@Test
	void theChannelContactStatusAndDateNoteAreSavedAndShownAgainInTheForm() throws Exception {
		this.mvc.perform(filled("/admin/events/new", "Postponed envoy meeting", "2026-09-14", "event.channel", "ENVOYS",
				"event.contactStatus", "POSTPONED", "event.when.dateNote", "The planned date; no new date was set."))
			.andExpect(status().isFound());
		Document form = page(this.mvc
			.perform(get("/admin/events/2026-09-14-postponed-envoy-meeting/edit").with(user("edith").roles("EDITOR")))
			.andExpect(status().isOk()));
		assertThat(form.select("#channel option[selected]").attr("value")).isEqualTo("ENVOYS");
		assertThat(form.select("#contactStatus option[selected]").attr("value")).isEqualTo("POSTPONED");
		assertThat(form.select("#dateNote").attr("value")).isEqualTo("The planned date; no new date was set.");
		assertThat(form.select("label[for=channel]").text()).isEqualTo("Channel");
	}

	@Test
	void aPossibleDuplicateAsksForConfirmation() throws Exception {
		Document page = page(this.mvc.perform(filled("/admin/events/new", "Kuala Lumpur again", "2025-07-10"))
			.andExpect(status().isOk()));
		assertThat(text(page, "duplicate-warning")).contains("possibly the same as")
			.contains("2025-07-10-rubio-lavrov-meeting");
		assertThat(has(page, "input#confirmDuplicate")).isTrue();
		this.mvc
			.perform(filled("/admin/events/new", "Kuala Lumpur again", "2025-07-10").param("event.confirmDuplicate",
					"true"))
			.andExpect(status().isFound());
	}

	@Test
	void ofTwoEditsOfTheSameVersionTheSecondIsAConflictAndTheFirstStays() throws Exception {
		this.mvc.perform(filled("/admin/events/new", "Edited twice", "2026-08-04")).andExpect(status().isFound());
		long version = this.queries.findEditable("2026-08-04-edited-twice").orElseThrow().version();
		String path = "/admin/events/2026-08-04-edited-twice/edit";
		Document form = page(this.mvc.perform(get(path).with(user("edith").roles("EDITOR"))));
		assertThat(value(form, "version")).isEqualTo(String.valueOf(version));
		assertThat(form.select("input[name='event.slug']").hasAttr("readonly")).isTrue();
		assertThat(value(form, "event.title")).isEqualTo("Edited twice");
		this.mvc.perform(filled(path, "First edit", "2026-08-04").param("version", String.valueOf(version)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/events/2026-08-04-edited-twice"));
		Document conflict = page(
				this.mvc.perform(filled(path, "Second edit", "2026-08-04").param("version", String.valueOf(version)))
					.andExpect(status().isOk()));
		assertThat(text(conflict, "conflict")).contains("Someone else changed this event");
		assertThat(value(conflict, "event.title")).isEqualTo("Second edit");
		assertThat(this.queries.findEditable("2026-08-04-edited-twice").orElseThrow().data().title())
			.isEqualTo("First edit");
		assertThat(this.queries.findEditable("2026-08-04-edited-twice").orElseThrow().status())
			.isEqualTo(EventStatus.DRAFT);
	}

	@Test
	void withoutACsrfTokenNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/admin/events/new").with(user("edith").roles("EDITOR"))
				.param("event.title", "Forged")
				.param("event.summary", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").with(user("edith").roles("EDITOR")))
			.andExpect(content().string(not(containsString("Forged"))));
	}

}
