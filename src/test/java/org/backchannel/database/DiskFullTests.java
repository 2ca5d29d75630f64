package org.backchannel.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.testing.Http;
import org.backchannel.testing.TestAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A database out of a resource (SQLState class 53: a full disk, no memory, no connection
 * slot, a configured limit) is an outage like one out of reach: a write through the API,
 * an admin form, a sign-in and a wrong password each get 503 with Retry-After (the API
 * problem+json, the pages the outage page), never a 500. Triggers make the database raise
 * the error as PostgreSQL does when its disk is full.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=disk-full")
@AutoConfigureMockMvc
class DiskFullTests {

	static final String[] TABLES = { "event", "actor", "spring_session", "sign_in_failure" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	RestTestClient web;

	@BeforeEach
	void fillTheDisk() {
		this.web = Http.client(this.port);
		this.jdbc.sql("""
				create or replace function disk_full() returns trigger language plpgsql as $$
				begin
				  raise exception 'could not extend file "base/16384/16385": No space left on device'
				    using errcode = '53100';
				end $$""").update();
		for (String table : TABLES) {
			this.jdbc
				.sql("create or replace trigger disk_full before insert or update on " + table
						+ " for each row execute function disk_full()")
				.update();
		}
	}

	@AfterEach
	void freeTheDisk() {
		for (String table : TABLES) {
			this.jdbc.sql("drop trigger if exists disk_full on " + table).update();
		}
	}

	@Test
	void anApiWriteIsRefusedAsAnOutage() {
		long source = this.jdbc.sql("select min(id) from source").query(Long.class).single();
		EntityExchangeResult<String> created = this.web.post()
			.uri("/api/events")
			.header("Authorization", TestAdmin.BASIC)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"title": "A call on a full disk", "type": "PHONE_CALL", "date": "2026-07-01",
					 "datePrecision": "DAY", "summary": "Nothing is stored.", "initiator": "RUSSIA",
					 "participants": [{"actor": "marco-rubio", "role": "PRINCIPAL"},
					                  {"actor": "sergei-lavrov", "role": "PRINCIPAL"}],
					 "sources": [%d]}
					""".formatted(source))
			.exchange()
			.returnResult(String.class);
		assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(503);
		assertThat(Http.header(created, "Retry-After")).isPresent();
		assertThat(Http.header(created, "Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(created.getResponseBody()).contains("Temporarily unavailable");
	}

	@Test
	void anAdminFormIsAnsweredWithTheOutagePage() throws Exception {
		// The form's own CSRF token and cookie: MockMvc's csrf() would swap the shared
		// CsrfFilter's token store for a session one, and the real server's sign-in form
		// (the test below) would then need a session the full disk cannot store.
		MockHttpServletResponse form = this.mvc.perform(get("/admin/actors/new").with(user("edith").roles("EDITOR")))
			.andReturn()
			.getResponse();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getContentAsString());
		assertThat(token.find()).isTrue();
		MockHttpServletResponse saved = this.mvc
			.perform(post("/admin/actors/new").cookie(form.getCookies())
				.param("_csrf", token.group(1))
				.with(user("edith").roles("EDITOR"))
				.param("name", "Ivan Fullov")
				.param("kind", "PERSON"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(503);
		assertThat(saved.getHeader("Retry-After")).isNotNull();
		assertThat(saved.getContentAsString()).contains("<html");
	}

	@Test
	void signingInAndAWrongPasswordAreAnsweredWithTheOutagePage() {
		EntityExchangeResult<String> right = signIn(TestAdmin.PASSWORD);
		assertThat(right.getStatus().value()).as("a session cannot be stored").isEqualTo(503);
		assertThat(Http.header(right, "Retry-After")).isPresent();
		assertThat(right.getResponseBody()).contains("<html");
		EntityExchangeResult<String> wrong = signIn("not-the-password");
		assertThat(wrong.getStatus().value()).as("a failure cannot be counted").isEqualTo(503);
		assertThat(Http.header(wrong, "Retry-After")).isPresent();
	}

	private EntityExchangeResult<String> signIn(String password) {
		EntityExchangeResult<String> form = this.web.get().uri("/login").exchange().returnResult(String.class);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(Http.body(form));
		assertThat(token.find()).as("the sign-in form: %s", Http.body(form)).isTrue();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("username", TestAdmin.USERNAME);
		fields.add("password", password);
		fields.add("_csrf", token.group(1));
		return this.web.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Cookie", Http.cookies(form))
			.body(fields)
			.exchange()
			.returnResult(String.class);
	}

}
