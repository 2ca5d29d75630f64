package org.backchannel.web;

import org.backchannel.account.UserAccountService;

import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventData;
import org.backchannel.event.EventDataBuilder;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventWriteService;
import org.backchannel.model.ChangeAuthor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.testing.Html.has;
import static org.backchannel.testing.Html.page;
import static org.backchannel.testing.Html.text;
import static org.backchannel.testing.Html.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actor, proposal, source and user forms, and an event's history with restore.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
public class AdminFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventWriteService events;

	@Autowired
	EventReadService queries;

	@Autowired
	UserAccountService users;

	public static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("edith").roles("EDITOR"));
	}

	static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("ada").roles("EDITOR", "ADMIN"));
	}

	@Test
	void anActorGetsSpellingsAndRoles() throws Exception {
		Document added = page(this.mvc
			.perform(asEditor(post("/admin/actors/new")).param("name", "Ivan Testov")
				.param("kind", "PERSON")
				.param("country", "ru")
				.param("_action", "add:aliases"))
			.andExpect(status().isOk()));
		assertThat(has(added, "input[name='aliases[0].name']")).isTrue();
		assertThat(value(added, "name")).isEqualTo("Ivan Testov");

		Document invalid = page(this.mvc.perform(asEditor(post("/admin/actors/new")).param("name", "Ivan Testov")
			.param("kind", "PERSON")
			.param("country", "ru")
			.param("roles[0].title", "Aide")
			.param("roles[0].startDate", "2012-05-21")
			.param("roles[0].endDate", "2010-01-01")));
		assertThat(text(invalid, "error-country")).contains("two-letter");
		assertThat(text(invalid, "error-roles[0].endDate")).contains("not be before");

		this.mvc
			.perform(asEditor(post("/admin/actors/new")).param("name", "Ivan Testov")
				.param("kind", "PERSON")
				.param("country", "RU")
				.param("aliases[0].name", "Юрий Ушаков")
				.param("aliases[0].language", "ru")
				.param("roles[0].title", "Presidential aide")
				.param("roles[0].startDate", "2012-05-21"))
			.andExpect(redirectedUrl("/admin/actors"));
		Document edit = page(this.mvc.perform(asEditor(get("/admin/actors/ivan-testov/edit"))));
		assertThat(value(edit, "aliases[0].name")).isEqualTo("Юрий Ушаков");
		assertThat(value(edit, "roles[0].title")).isEqualTo("Presidential aide");
	}

	@Test
	void hostileTextInAFormIsAFieldErrorNeverAServerError() throws Exception {
		Document invalid = page(this.mvc
			.perform(asEditor(post("/admin/actors/new")).param("name", "Ivan\u0001 Testov\u202E")
				.param("slug", "x".repeat(121))
				.param("kind", "PERSON")
				.param("aliases[0].name", "Line\r\nbreak")
				.param("aliases[0].language", "ru")
				.param("roles[0].title", "Aide")
				.param("roles[0].startDate", "0000-01-01"))
			.andExpect(status().isOk()));
		assertThat(text(invalid, "error-name")).contains("control character U+0001");
		assertThat(text(invalid, "error-slug")).contains("at most 120");
		assertThat(text(invalid, "error-aliases[0].name")).contains("U+000D");
		assertThat(text(invalid, "error-roles[0].startDate")).contains("years 1 to 9999");
		Document source = page(this.mvc.perform(asEditor(post("/admin/sources/new")).param("outlet", "Wire\u001b[0m")
			.param("title", "Report")
			.param("language", "en")
			.param("publishedPrecision", "UNKNOWN")
			.param("archivedText", "Para one.\r\n\tPara two.\u0000")));
		assertThat(text(source, "error-outlet")).contains("U+001B");
		assertThat(text(source, "error-archivedText")).isEmpty();
	}

	@Test
	void aProposalKeepsAPositionLog() throws Exception {
		Document invalid = page(this.mvc.perform(asEditor(post("/admin/proposals/new")).param("title", "Energy truce")
			.param("summary", "No strikes on energy infrastructure.")
			.param("date", "2025-03-18")
			.param("datePrecision", "MONTH")
			.param("positions[0].party", "sergei-lavrov")
			.param("positions[0].stance", "ACCEPTED")
			.param("positions[0].datePrecision", "UNKNOWN")));
		assertThat(text(invalid, "error-date")).contains("YYYY-MM");
		assertThat(text(invalid, "error-positions[0].source")).isEqualTo("is required.");
		this.mvc
			.perform(asEditor(post("/admin/proposals/new")).param("title", "Energy truce")
				.param("summary", "No strikes on energy infrastructure.")
				.param("date", "2025-03")
				.param("datePrecision", "MONTH"))
			.andExpect(redirectedUrl("/admin/proposals"));
		assertThat(value(page(this.mvc.perform(asEditor(get("/admin/proposals/energy-truce/edit")))), "date"))
			.isEqualTo("2025-03");
	}

	@Test
	void aSourceNeedsAValidUrlAndKeepsItsArchivedText() throws Exception {
		Document invalid = page(this.mvc.perform(asEditor(post("/admin/sources/new")).param("outlet", "Wire")
			.param("title", "Report")
			.param("url", "javascript:alert(1)")
			.param("language", "en")
			.param("publishedPrecision", "UNKNOWN")));
		assertThat(text(invalid, "error-url")).contains("http");
		assertThat(value(invalid, "url")).isEqualTo("javascript:alert(1)");
		this.mvc
			.perform(asEditor(post("/admin/sources/new")).param("outlet", "Wire")
				.param("title", "Report")
				.param("url", "https://example.org/wire-report")
				.param("language", "en")
				.param("published", "2025")
				.param("publishedPrecision", "YEAR")
				.param("archivedText", "Full text here."))
			.andExpect(redirectedUrl("/admin/sources"));
	}

	@Test
	void adminsCreateAccounts() throws Exception {
		Document tooShort = page(this.mvc.perform(asAdmin(post("/admin/users")).param("username", "newbie")
			.param("password", "short")
			.param("role", "EDITOR")));
		assertThat(text(tooShort, "error-password")).contains("at least 12");
		this.mvc
			.perform(asAdmin(post("/admin/users")).param("username", "newbie")
				.param("password", "a-long-enough-password")
				.param("role", "EDITOR"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.exists("newbie")).isTrue();
		assertThat(text(page(this.mvc.perform(asAdmin(get("/admin/users")))), "admin-users")).contains("newbie");
	}

	@Test
	void theHistoryShowsDifferencesAndRestoresARevision() throws Exception {
		String slug = "2025-04-27-rubio-lavrov-phone-call";
		EditableEvent event = this.queries.findEditable(slug).orElseThrow();
		EventData data = event.data();
		EventData changed = EventDataBuilder.from(data).slug(null).title("A renamed call").durationMinutes(25).build();
		this.events.update(slug, changed, event.version(), new ChangeAuthor("ada", true));

		Document history = page(
				this.mvc.perform(asAdmin(get("/admin/events/" + slug + "/history"))).andExpect(status().isOk()));
		assertThat(history.select("li.revision")).hasSize(2);
		assertThat(text(history, "revision-2")).contains("updated", "by ada", "Title", "A renamed call",
				"Duration (minutes)", "25");
		assertThat(has(history, "#restore-1")).isTrue();
		assertThat(has(history, "#restore-2")).isFalse();

		this.mvc.perform(asAdmin(post("/admin/events/" + slug + "/history/1/restore")))
			.andExpect(redirectedUrl("/events/" + slug));
		assertThat(this.queries.findEvent(slug).orElseThrow().title()).isEqualTo(data.title());
		assertThat(this.queries.findEvent(slug).orElseThrow().durationMinutes()).isNull();
	}

}
