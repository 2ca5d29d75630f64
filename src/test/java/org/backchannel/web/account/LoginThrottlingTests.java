package org.backchannel.web.account;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Five failed sign-ins in a row lock an account for fifteen minutes, and the sign-in page
 * says so.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-throttling")
@AutoConfigureMockMvc
class LoginThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void createUser() {
		if (!this.users.exists("throttled")) {
			this.users.createUser("throttled", "the-right-password", Role.EDITOR);
		}
		this.users.unlock("throttled");
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < UserAccountService.MAX_FAILURES; i++) {
			this.mvc.perform(formLogin().user("throttled").password("wrong-" + i))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user("throttled").password("the-right-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("locked for 15 minutes")));

		// Fifteen minutes later (the lock's end moved into the past), the right password
		// works.
		this.jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = 'throttled'")
			.update();
		this.mvc.perform(formLogin().user("throttled").password("the-right-password")).andExpect(authenticated());
	}

	@Test
	void aSuccessResetsTheCount() throws Exception {
		for (int i = 0; i < UserAccountService.MAX_FAILURES - 1; i++) {
			this.mvc.perform(formLogin().user("throttled").password("wrong")).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user("throttled").password("the-right-password")).andExpect(authenticated());
		this.mvc.perform(formLogin().user("throttled").password("wrong")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("throttled").password("the-right-password")).andExpect(authenticated());
	}

	@Test
	void theSignInFormReturnsToThePageTheUserCameFrom() throws Exception {
		this.mvc.perform(signIn("/events/2025-03-15-rubio-lavrov-phone-call"))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/events/2025-03-15-rubio-lavrov-phone-call"));
		this.mvc.perform(signIn("//evil.example/")).andExpect(authenticated()).andExpect(redirectedUrl("/admin"));
	}

	private static MockHttpServletRequestBuilder signIn(String from) {
		return post("/login").param("username", "throttled")
			.param("password", "the-right-password")
			.param("from", from)
			.with(csrf());
	}

}
