package org.backchannel.web.account;

import org.backchannel.testing.Http;
import org.backchannel.testing.TestAdmin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous visitor stores nothing on the server: the sign-in form, a protected page
 * that sends them to it, and the public pages create no session (the CSRF token and the
 * page to return to travel in cookies). Signing in creates the one session, and still
 * returns to the page that asked for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInSessionTests {

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
	void showingTheSignInFormAHundredTimesStoresNoSession() {
		long before = sessions();
		for (int i = 0; i < 100; i++) {
			EntityExchangeResult<String> form = this.web.get().uri("/login").exchange().returnResult(String.class);
			assertThat(form.getStatus().value()).isEqualTo(200);
			assertThat(Http.body(form)).contains("name=\"_csrf\"");
			assertThat(Http.cookies(form)).doesNotContain("SESSION=");
		}
		this.web.get().uri("/admin").exchange().expectStatus().isFound();
		this.web.get().uri("/").exchange().expectStatus().isOk();
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void showingTheSignInFormAfterAnApiClientsWriteStoresNoSession() {
		this.web.post()
			.uri("/api/events")
			.header("Authorization", TestAdmin.BASIC)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"title\": \"\"}")
			.exchange()
			.expectStatus()
			.isBadRequest();
		long before = sessions();
		EntityExchangeResult<String> form = this.web.get().uri("/login").exchange().returnResult(String.class);
		assertThat(form.getStatus().value()).isEqualTo(200);
		assertThat(Http.cookies(form)).doesNotContain("SESSION=");
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void signingInFromAProtectedPageReturnsToItWithTheOneSessionItCreates() {
		EntityExchangeResult<String> protectedPage = this.web.get()
			.uri("/admin/users")
			.exchange()
			.returnResult(String.class);
		assertThat(protectedPage.getStatus().value()).isEqualTo(302);
		assertThat(Http.header(protectedPage, "Location").orElse("")).endsWith("/login");
		EntityExchangeResult<String> form = this.web.get()
			.uri("/login")
			.header("Cookie", Http.cookies(protectedPage))
			.exchange()
			.returnResult(String.class);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(Http.body(form));
		assertThat(token.find()).isTrue();
		long before = sessions();
		EntityExchangeResult<String> login = this.web.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Cookie", Http.cookies(protectedPage) + "; " + Http.cookies(form))
			.body("username=root&password=rook-castle-for-tests&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
			.exchange()
			.returnResult(String.class);
		assertThat(login.getStatus().value()).isEqualTo(302);
		assertThat(Http.header(login, "Location").orElse("")).contains("/admin/users");
		assertThat(sessions()).isEqualTo(before + 1);
	}

	@Test
	void aPageToReturnToInAnyScriptComesBackAsAnEncodedLocation() {
		EntityExchangeResult<String> form = this.web.get().uri("/login").exchange().returnResult(String.class);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(Http.body(form));
		assertThat(token.find()).isTrue();
		EntityExchangeResult<String> login = this.web.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Cookie", Http.cookies(form))
			.body("username=root&password=rook-castle-for-tests&from="
					+ URLEncoder.encode("/?q=Лавров 🕊", StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
			.exchange()
			.returnResult(String.class);
		assertThat(login.getStatus().value()).isEqualTo(302);
		assertThat(Http.header(login, "Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/?q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2%20%F0%9F%95%8A"));
	}

	@Test
	void aSignInFormPostedWithoutItsCookieIsRefused() {
		EntityExchangeResult<String> form = this.web.get().uri("/login").exchange().returnResult(String.class);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(Http.body(form));
		assertThat(token.find()).isTrue();
		this.web.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=root&password=rook-castle-for-tests&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private long sessions() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
