package org.backchannel.web.account;

import org.backchannel.testing.TestAdmin;
import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.account.UserAccountService.AccountChangeResult;
import org.backchannel.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins manage accounts at /admin/users over HTTP, as a browser would (session cookie,
 * CSRF token, Post/Redirect/Get): new passwords must meet the policy, shown next to the
 * field; accounts are disabled, enabled, unlocked and given a new password, each change
 * recorded; editors cannot do any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=admin-users", "backchannel.sign-in.client-allowance=1000" })
class UserAdministrationTests {

	static final String PASSWORD = "a-fine-long-passphrase";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	RestTestClient web;

	String admin;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
		for (String name : new String[] { "olena", "taras", "mykola", "writer" }) {
			if (!this.users.exists(name)) {
				this.users.createUser(name, PASSWORD, Role.EDITOR);
			}
		}
		this.admin = Http.signIn(this.web, TestAdmin.USERNAME, TestAdmin.PASSWORD);
	}

	@Test
	void passwordsThatBreakThePolicyAreShownAsAnErrorNextToTheField() {
		String[][] cases = { { "kateryna", "            ", "is too easy to guess. Repeats like" },
				{ "kateryna", "aaaaaaaaaaaa", "is too easy to guess. Sequences like abc or 6543 are easy to guess." },
				{ "kateryna", "my-KATERYNA-passphrase", "must not contain the user name" },
				{ "kateryna", "qwerty123456", "is too easy to guess. This is a very common password." },
				{ "kateryna", "Sunshine2025!!", "is too easy to guess." },
				{ "kateryna", "Backchannel2026!", "is too easy to guess." },
				{ "kateryna", "qwertyuiopas", "is too easy to guess." },
				{ "kateryna", "é".repeat(36) + "x",
						"at most 72 bytes in UTF-8 (bcrypt ignores the rest), this one has 73" },
				{ "kateryna", "short", "must be at least 12 characters long" } };
		for (String[] example : cases) {
			EntityExchangeResult<String> answer = post(this.admin, "/admin/users", "username", example[0], "password",
					example[1], "role", "EDITOR");
			assertThat(answer.getStatus().value()).as(example[1]).isEqualTo(200);
			Document page = Jsoup.parse(answer.getResponseBody());
			assertThat(page.getElementById("error-password").text()).as(example[1]).contains(example[2]);
			assertThat(page.getElementById("password").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.getElementById("password").attr("aria-describedby")).contains("error-password");
			assertThat(page.getElementById("username").val()).isEqualTo("kateryna");
			assertThat(this.users.exists("kateryna")).isFalse();
		}

		// 72 bytes exactly is fine, and signs in
		String longest = "тихий вечер над рекой и лес за окном 123456";
		EntityExchangeResult<String> created = post(this.admin, "/admin/users", "username", "kateryna", "password",
				longest, "role", "EDITOR");
		assertThat(created.getStatus().value()).isEqualTo(302);
		Document list = Jsoup.parse(this.web.get()
			.uri("/admin/users")
			.header("Cookie", this.admin)
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(list.getElementById("flash-message").text()).isEqualTo("Created the account “kateryna” (EDITOR).");
		assertThat(list.getElementById("account-changes").text()).contains("kateryna created root");
		assertThat(api("kateryna", longest).getStatus().value()).isEqualTo(200);
	}

	@Test
	void aDisabledAccountCannotSignInAndItsSessionsEndUntilItIsEnabledAgain() {
		String olena = Http.signIn(this.web, "olena", PASSWORD);
		this.web.get().uri("/admin").header("Cookie", olena).exchange().expectStatus().isEqualTo(200);

		EntityExchangeResult<String> disabled = post(this.admin, "/admin/users/olena/disable");
		assertThat(disabled.getStatus().value()).isEqualTo(302);
		assertThat(Http.header(disabled, "Location").orElseThrow()).endsWith("/admin/users");
		Document list = Jsoup.parse(this.web.get()
			.uri("/admin/users")
			.header("Cookie", this.admin)
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(list.getElementById("flash-message").text()).startsWith("Disabled the account “olena”");
		assertThat(list.getElementById("user-olena").text()).contains("disabled");
		assertThat(list.getElementById("enable-olena")).isNotNull();
		assertThat(list.getElementById("account-changes").text()).contains("olena disabled root");

		assertThat(this.web.get()
			.uri("/admin")
			.header("Cookie", olena)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value()).as("her session has ended").isEqualTo(302);
		EntityExchangeResult<String> refused = api("olena", PASSWORD);
		assertThat(refused.getStatus().value()).isEqualTo(401);
		assertThat(refused.getResponseBody()).as("the same answer as for a name nobody has")
			.isEqualTo(api("nobody-at-all", PASSWORD).getResponseBody());

		assertThat(post(this.admin, "/admin/users/olena/enable").getStatus().value()).isEqualTo(302);
		list = Jsoup.parse(this.web.get()
			.uri("/admin/users")
			.header("Cookie", this.admin)
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(list.getElementById("flash-message").text()).isEqualTo("Enabled the account “olena”.");
		assertThat(list.getElementById("account-changes").text()).contains("olena enabled root");
		assertThat(api("olena", PASSWORD).getStatus().value()).isEqualTo(200);
	}

	@Test
	void anAdminCannotDisableThemselvesNorTheLastEnabledAdmin() {
		assertThat(post(this.admin, "/admin/users/root/disable").getStatus().value()).isEqualTo(302);
		Document list = Jsoup.parse(this.web.get()
			.uri("/admin/users")
			.header("Cookie", this.admin)
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(list.getElementById("account-error").text()).isEqualTo("You cannot disable your own account.");
		assertThat(list.getElementById("user-root").text()).contains("active");

		// two admins disabling each other at once: the enabled admins are locked, so the
		// second finds the other one the last and is refused
		if (!this.users.exists("second-admin")) {
			this.users.createUser("second-admin", PASSWORD, Role.ADMIN);
		}
		assertThat(this.users.setEnabled("second-admin", false, "root")).isEqualTo(AccountChangeResult.DONE);
		assertThat(this.users.setEnabled("root", false, "second-admin")).isEqualTo(AccountChangeResult.LAST_ADMIN);
		assertThat(this.users.setEnabled("second-admin", true, "root")).isEqualTo(AccountChangeResult.DONE);
	}

	@Test
	void unlockingLetsTheRightPasswordInAtOnceAfterFailedAttempts() {
		for (int i = 0; i < 4; i++) {
			assertThat(api("taras", "wrong-" + i).getStatus().value()).isEqualTo(401);
		}
		assertThat(api("taras", PASSWORD).getStatus().value()).as("slowed down: refused like a wrong password")
			.isEqualTo(401);

		assertThat(post(this.admin, "/admin/users/taras/unlock").getStatus().value()).isEqualTo(302);
		Document list = Jsoup.parse(this.web.get()
			.uri("/admin/users")
			.header("Cookie", this.admin)
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(list.getElementById("flash-message").text())
			.isEqualTo("Cleared the failed sign-ins of “taras”: it can sign in again at once.");
		assertThat(list.getElementById("account-changes").text())
			.contains("taras unlocked (failed sign-ins cleared) root");
		assertThat(api("taras", PASSWORD).getStatus().value()).isEqualTo(200);
	}

	@Test
	void anAdminResetsAPasswordThatMustMeetThePolicy() {
		String mykola = Http.signIn(this.web, "mykola", PASSWORD);
		Document form = Jsoup.parse(this.web.get()
			.uri("/admin/users/mykola/password")
			.header("Cookie", this.admin)
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(form.selectFirst("h1").text()).isEqualTo("Reset the password of mykola");

		EntityExchangeResult<String> weak = post(this.admin, "/admin/users/mykola/password", "password",
				"mykola-mykola-1");
		assertThat(weak.getStatus().value()).isEqualTo(200);
		assertThat(Jsoup.parse(weak.getResponseBody()).getElementById("error-password").text())
			.isEqualTo("must not contain the user name.");
		EntityExchangeResult<String> tooLong = post(this.admin, "/admin/users/mykola/password", "password",
				"ж".repeat(37));
		assertThat(tooLong.getStatus().value()).isEqualTo(200);
		assertThat(Jsoup.parse(tooLong.getResponseBody()).getElementById("error-password").text())
			.contains("at most 72 bytes");

		String fresh = "river stones under a late moon";
		assertThat(post(this.admin, "/admin/users/mykola/password", "password", fresh).getStatus().value())
			.isEqualTo(302);
		Document list = Jsoup.parse(this.web.get()
			.uri("/admin/users")
			.header("Cookie", this.admin)
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		assertThat(list.getElementById("flash-message").text())
			.isEqualTo("Set a new password for “mykola”; its other sessions have ended.");
		assertThat(list.getElementById("account-changes").text()).contains("mykola password reset root");
		this.web.get().uri("/admin").header("Cookie", mykola).exchange().expectStatus().isEqualTo(302);
		assertThat(api("mykola", PASSWORD).getStatus().value()).isEqualTo(401);
		assertThat(api("mykola", fresh).getStatus().value()).isEqualTo(200);
		this.users.resetPassword("mykola", PASSWORD, "test", null);
	}

	@Test
	void editorsCannotManageAccountsAndUnknownAccountsAreNotFound() {
		String writer = Http.signIn(this.web, "writer", PASSWORD);
		for (String action : new String[] { "disable", "enable", "unlock" }) {
			assertThat(post(writer, "/admin/users/olena/" + action).getStatus().value()).as(action).isEqualTo(403);
		}
		assertThat(post(writer, "/admin/users/olena/password", "password", "river stones under a late moon").getStatus()
			.value()).isEqualTo(403);
		this.web.get()
			.uri("/admin/users/olena/password")
			.header("Cookie", writer)
			.exchange()
			.expectStatus()
			.isEqualTo(403);
		assertThat(api("olena", PASSWORD).getStatus().value()).as("nothing changed").isEqualTo(200);
		assertThat(this.web.get()
			.uri("/admin/users/olena/password")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value()).as("anonymous: sign in first").isEqualTo(302);

		assertThat(post(this.admin, "/admin/users/no-such-account/disable").getStatus().value()).isEqualTo(404);
		this.web.get()
			.uri("/admin/users/no-such-account/password")
			.header("Cookie", this.admin)
			.exchange()
			.expectStatus()
			.isEqualTo(404);
	}

	private EntityExchangeResult<String> api(String username, String password) {
		return this.web.method(HttpMethod.GET)
			.uri("/api/events?limit=1")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", Http.basic(username, password))
			.exchange()
			.returnResult(String.class);
	}

	/**
	 * Posts a form as the signed-in user of this session cookie, with a CSRF token read
	 * from a page of the same session.
	 */
	private EntityExchangeResult<String> post(String cookie, String path, String... namesAndValues) {
		EntityExchangeResult<String> page = this.web.get()
			.uri("/admin")
			.header("Cookie", cookie)
			.exchange()
			.returnResult(String.class);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getResponseBody());
		assertThat(token.find()).as("a form on /admin carries a CSRF token").isTrue();
		// The page's CSRF token comes with its cookie (double submit): send both back.
		String pageCookies = Http.cookies(page);
		String cookies = pageCookies.isEmpty() ? cookie : cookie + "; " + pageCookies;
		StringBuilder body = new StringBuilder("_csrf=").append(encode(token.group(1)));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.append('&').append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
		}
		return this.web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Cookie", cookies)
			.body(body.toString())
			.exchange()
			.returnResult(String.class);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
