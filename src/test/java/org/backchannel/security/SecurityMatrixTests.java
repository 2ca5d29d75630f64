package org.backchannel.security;

import org.backchannel.testing.TestAdmin;
import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what: anonymous visitors, editors and admins against every write endpoint
 * and admin page. Pages send anonymous users to sign in (302); the API answers 401; a
 * role too low gets 403.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
class SecurityMatrixTests {

	static final String SEEDED = "2025-03-15-rubio-lavrov-phone-call";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@BeforeEach
	void createEditor() {
		if (!this.users.exists("writer")) {
			this.users.createUser("writer", "writer-password-for-tests", Role.EDITOR);
		}
	}

	/** Method, path, and the status for anonymous, editor and admin. */
	static Stream<Arguments> pages() {
		return Stream.of(page("GET", "/admin", 302, 200, 200), page("GET", "/admin/events/new", 302, 200, 200),
				page("GET", "/admin/events/" + SEEDED, 302, 200, 200),
				page("GET", "/admin/events/" + SEEDED + "/edit", 302, 200, 200),
				page("GET", "/admin/events/" + SEEDED + "/history", 302, 403, 200),
				page("GET", "/admin/actors", 302, 200, 200), page("GET", "/admin/actors/new", 302, 200, 200),
				page("GET", "/admin/actors/marco-rubio/edit", 302, 200, 200),
				page("GET", "/admin/proposals", 302, 200, 200), page("GET", "/admin/proposals/new", 302, 200, 200),
				page("GET", "/admin/proposals/30-day-ceasefire/edit", 302, 200, 200),
				page("GET", "/admin/sources", 302, 200, 200), page("GET", "/admin/sources/new", 302, 200, 200),
				page("GET", "/admin/users", 302, 403, 200),
				// watched sources are the admin's, the review queue every editor's
				page("GET", "/admin/sources/watched", 302, 403, 200),
				page("GET", "/admin/sources/watched/new", 302, 403, 200), page("GET", "/admin/queue", 302, 200, 200),
				page("POST", "/admin/queue/999999/undo", 302, 302, 302),
				// Empty forms come back with their messages (200); a publish of a
				// published
				// event redirects (302).
				page("POST", "/admin/events/new", 302, 200, 200),
				page("POST", "/admin/events/" + SEEDED + "/edit?version=0", 302, 200, 200),
				page("POST", "/admin/events/" + SEEDED + "/publish", 302, 403, 302),
				page("POST", "/admin/events/no-such-event/delete", 302, 403, 404),
				// deleting asks first, on a page only an admin reaches
				page("GET", "/admin/events/" + SEEDED + "/delete", 302, 403, 200),
				page("GET", "/admin/events/no-such-event/delete", 302, 403, 404),
				page("POST", "/admin/events/" + SEEDED + "/history/999/restore", 302, 403, 404),
				page("POST", "/admin/actors/new", 302, 200, 200), page("POST", "/admin/proposals/new", 302, 200, 200),
				page("POST", "/admin/sources/new", 302, 200, 200), page("POST", "/admin/users", 302, 403, 200),
				page("POST", "/some/public/page", 302, 404, 404));
	}

	static Stream<Arguments> api() {
		return Stream.of(page("POST", "/api/events", 401, 400, 400),
				page("PUT", "/api/events/" + SEEDED, 401, 428, 428),
				page("DELETE", "/api/events/no-such-event", 401, 403, 404),
				page("POST", "/api/events/" + SEEDED + "/publish", 401, 403, 428),
				page("POST", "/api/events/" + SEEDED + "/restore?revision=99", 401, 403, 404),
				page("POST", "/api/actors", 401, 400, 400), page("PUT", "/api/actors/marco-rubio", 401, 428, 428),
				page("DELETE", "/api/actors/no-such-actor", 401, 403, 404),
				page("POST", "/api/proposals", 401, 400, 400),
				page("PUT", "/api/proposals/30-day-ceasefire", 401, 428, 428),
				page("DELETE", "/api/proposals/no-such-proposal", 401, 403, 404),
				page("POST", "/api/sources", 401, 400, 400), page("PUT", "/api/sources/1", 401, 428, 428),
				page("DELETE", "/api/sources/999999", 401, 403, 404),
				page("PATCH", "/api/events/" + SEEDED, 405, 405, 405),
				// the review queue: editors only, its reads too
				page("GET", "/api/queue", 401, 200, 200), page("POST", "/api/queue/999999/undo", 401, 404, 404));
	}

	static Arguments page(String method, String path, int anonymous, int editor, int admin) {
		return Arguments.of(method, path, anonymous, editor, admin);
	}

	@ParameterizedTest(name = "{0} {1}: anonymous {2}, editor {3}, admin {4}")
	@MethodSource("pages")
	void pagesNeedTheRightRole(String method, String path, int anonymous, int editor, int admin) throws Exception {
		int anonymousStatus = status(request(method, path).with(csrf()));
		assertThat(anonymousStatus).as("anonymous").isEqualTo(anonymous);
		if (anonymous == 302) {
			assertThat(
					this.mvc.perform(request(method, path).with(csrf())).andReturn().getResponse().getRedirectedUrl())
				.endsWith("/login");
		}
		assertThat(status(request(method, path).with(csrf()).with(user("writer").roles("EDITOR")))).as("editor")
			.isEqualTo(editor);
		assertThat(status(request(method, path).with(csrf()).with(user("root").roles("EDITOR", "ADMIN")))).as("admin")
			.isEqualTo(admin);
	}

	@ParameterizedTest(name = "{0} {1}: anonymous {2}, editor {3}, admin {4}")
	@MethodSource("api")
	void apiWritesNeedBasicAuthAndTheRightRole(String method, String path, int anonymous, int editor, int admin)
			throws Exception {
		assertThat(status(json(method, path))).as("anonymous").isEqualTo(anonymous);
		assertThat(status(json(method, path).with(httpBasic("writer", "writer-password-for-tests")))).as("editor")
			.isEqualTo(editor);
		assertThat(status(json(method, path).with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))).as("admin")
			.isEqualTo(admin);
	}

	@Test
	void formsWithoutACsrfTokenAreForbiddenEvenForAnAdmin() throws Exception {
		for (String path : new String[] { "/admin/events/new", "/admin/events/" + SEEDED + "/publish", "/admin/users",
				"/logout" }) {
			assertThat(status(post(path).with(user("root").roles("EDITOR", "ADMIN")))).as(path).isEqualTo(403);
		}
	}

	@Test
	void theApiNeedsNoCsrfTokenButNeverUsesTheSessionCookie() throws Exception {
		assertThat(this.mvc.perform(json("POST", "/api/events").with(httpBasic("writer", "writer-password-for-tests")))
			.andReturn()
			.getResponse()
			.getHeader("Set-Cookie")).isNull();
	}

	private MockHttpServletRequestBuilder request(String method, String path) {
		return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
	}

	private MockHttpServletRequestBuilder json(String method, String path) {
		return request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
