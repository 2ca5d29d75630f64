package org.backchannel.web.account;

import org.backchannel.account.SignInThrottle;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.testing.Http;
import org.backchannel.testing.QuickPasswordHashing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Failed sign-ins slow further attempts down (per client and account, per client, per
 * account) instead of locking the account, and nothing tells an unknown user, a wrong
 * password and a throttled attempt apart: not the answer, not the work done, not the time
 * taken. Over HTTP, behind a trusted proxy so that X-Forwarded-For names the client. Here
 * the wait of a client on one account is long (20 s, so a throttled attempt can be timed)
 * and the account's own is short (2 s, so the real user's wait can be waited out).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=admin-throttling",
				"backchannel.rate-limit.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
				"backchannel.sign-in.first-delay=20s", "backchannel.sign-in.max-account-delay=2s",
				// the timing test needs a comparison that dominates a failure's time
				QuickPasswordHashing.PRODUCTION + "=true" })
@AutoConfigureMockMvc
class LoginThrottlingTests {

	static final String PASSWORD = "the-right-password";

	static final String API = "/api/events?limit=1";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@Autowired
	SignInThrottle throttle;

	@MockitoSpyBean
	PasswordEncoder passwordEncoder;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
		for (String name : new String[] { "throttled", "mallory-target", "timing-wrong", "timing-throttled", "sprayed",
				"flooded" }) {
			if (!this.users.exists(name)) {
				this.users.createUser(name, PASSWORD, Role.EDITOR);
			}
			this.throttle.unlock(name);
		}
	}

	@Test
	void anUnknownUserAWrongPasswordAndAThrottledAttemptGetTheSameBytesFromTheApi() {
		EntityExchangeResult<String> unknown = basic("198.51.100.10", "nobody-by-this-name", PASSWORD);
		EntityExchangeResult<String> wrong = basic("198.51.100.11", "mallory-target", "not-the-password");
		throttle("198.51.100.12", "mallory-target");
		EntityExchangeResult<String> throttled = basic("198.51.100.12", "mallory-target", "not-the-password");
		EntityExchangeResult<String> rightButThrottled = basic("198.51.100.12", "mallory-target", PASSWORD);

		for (EntityExchangeResult<String> response : List.of(unknown, wrong, throttled, rightButThrottled)) {
			assertThat(response.getStatus().value()).isEqualTo(401);
			assertThat(response.getResponseBody()).isEqualTo(unknown.getResponseBody());
			assertThat(Http.header(response, "Content-Type")).isEqualTo(Http.header(unknown, "Content-Type"));
			assertThat(Http.header(response, "WWW-Authenticate")).hasValue("Basic realm=\"Backchannel\"");
			assertThat(Http.header(response, "Retry-After")).isEmpty();
		}
		assertThat(unknown.getResponseBody()).contains("Sign-in required").doesNotContainIgnoringCase("lock");

		// the same right password from another address is let in at once
		assertThat(basic("198.51.100.13", "mallory-target", PASSWORD).getStatus().value()).isEqualTo(200);
	}

	@Test
	void theSignInFormAnswersEveryFailureWithTheSamePage() {
		throttle("198.51.100.20", "throttled");
		List<String> pages = new ArrayList<>();
		String[][] attempts = { { "198.51.100.21", "nobody-by-this-name", PASSWORD },
				{ "198.51.100.22", "throttled", "not-the-password" }, { "198.51.100.20", "throttled", "wrong-again" },
				{ "198.51.100.20", "throttled", PASSWORD } };
		for (String[] attempt : attempts) {
			EntityExchangeResult<String> answer = formSignIn(attempt[0], attempt[1], attempt[2]);
			assertThat(answer.getStatus().value()).isEqualTo(302);
			assertThat(Http.header(answer, "Location")).hasValueSatisfying((location) -> assertThat(
					URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery())
				.isEqualTo("/login?error"));
			assertThat(Http.body(answer)).isEmpty();
			EntityExchangeResult<String> page = this.web.get()
				.uri("/login?error")
				.exchange()
				.returnResult(String.class);
			pages.add(Http.body(page).replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"…\""));
		}
		assertThat(pages).allSatisfy((page) -> assertThat(page).isEqualTo(pages.get(0)));
		assertThat(pages.get(0))
			.contains("Sign-in failed: the user name or password is wrong, or there were too many attempts.")
			.doesNotContainIgnoringCase("locked");
		// the right password from another address signs in
		assertThat(Http.header(formSignIn("198.51.100.23", "throttled", PASSWORD), "Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void everyFailureTakesAboutTheSameTimeAndAThrottledOneRunsNoComparison() {
		throttle("198.51.100.30", "timing-throttled");
		List<Long> unknown = new ArrayList<>();
		List<Long> wrong = new ArrayList<>();
		List<Long> throttled = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			unknown.add(timedFailure("198.51.101." + i, "no-such-user-" + i, PASSWORD, 1));
			wrong.add(timedFailure("198.51.102." + i, "timing-wrong", "wrong-" + i, 1));
			// a throttled attempt waits as long as a comparison takes, off the processor
			throttled.add(timedFailure("198.51.100.30", "timing-throttled", (i % 2 == 0) ? "wrong" : PASSWORD, 0));
		}
		long unknownMedian = median(unknown);
		long wrongMedian = median(wrong);
		long throttledMedian = median(throttled);
		// loosely: one bcrypt comparison dominates each; without it a failure is ~50x
		// faster
		assertThat(unknownMedian).isCloseTo(wrongMedian, within(tolerance(unknownMedian, wrongMedian)));
		assertThat(throttledMedian).isCloseTo(wrongMedian, within(tolerance(throttledMedian, wrongMedian)));
	}

	@Test
	void aFloodOfWrongPasswordsFromOneClientDoesNotKeepTheRealUserOutForLong() {
		for (int i = 0; i < 15; i++) {
			assertThat(basic("203.0.113.66", "flooded", "guess-" + i).getStatus().value()).isEqualTo(401);
		}
		// the flooding address is slowed down, the real user's is not
		assertThat(basic("203.0.113.66", "flooded", PASSWORD).getStatus().value()).isEqualTo(401);
		assertThat(basic("192.0.2.10", "flooded", PASSWORD).getStatus().value()).isEqualTo(200);

		// a spread-out attack (one guess from each of many addresses) uses up the
		// account's
		// own allowance: every address now waits, the real user too, but briefly
		for (int i = 0; i < 12; i++) {
			basic("203.0.114." + i, "flooded", "guess-" + i);
		}
		assertThat(this.throttle.accountWaitsUntil("flooded")).isPresent();
		long start = System.nanoTime();
		int status = 401;
		while (status == 401 && System.nanoTime() - start < 15_000_000_000L) {
			status = basic("192.0.2.10", "flooded", PASSWORD).getStatus().value();
			if (status == 401) {
				sleep(200);
			}
		}
		long waitedMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(status).isEqualTo(200);
		// (plus an attempt's own time on a busy machine)
		assertThat(waitedMillis).as("the account's wait is capped at 2 s here").isLessThan(7_000);
	}

	@Test
	void oneClientTryingManyNamesIsSlowedDownEvenForARealAccount() {
		for (int i = 0; i < 12; i++) {
			basic("203.0.113.77", "guessed-name-" + i, "password" + i);
		}
		assertThat(basic("203.0.113.77", "sprayed", PASSWORD).getStatus().value()).isEqualTo(401);
		assertThat(basic("192.0.2.20", "sprayed", PASSWORD).getStatus().value()).isEqualTo(200);
	}

	@Test
	void aSuccessResetsTheCount() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin().user("throttled").password("wrong")).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user("throttled").password(PASSWORD)).andExpect(authenticated());
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin().user("throttled").password("wrong")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user("throttled").password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void theSignInFormReturnsToThePageTheUserCameFrom() throws Exception {
		this.mvc.perform(signIn("/events/2025-03-15-rubio-lavrov-phone-call"))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/events/2025-03-15-rubio-lavrov-phone-call"));
		this.mvc.perform(signIn("//evil.example/")).andExpect(authenticated()).andExpect(redirectedUrl("/admin"));
	}

	/**
	 * Four wrong passwords from this client: the first three are free, the fourth makes
	 * the next attempt from it on this account wait.
	 */
	private void throttle(String client, String username) {
		for (int i = 0; i < 4; i++) {
			assertThat(basic(client, username, "wrong-" + i).getStatus().value()).isEqualTo(401);
		}
		assertThat(this.throttle.isThrottled(client, username)).isTrue();
	}

	private long timedFailure(String client, String username, String password, int comparisons) {
		clearInvocations(this.passwordEncoder);
		long start = System.nanoTime();
		EntityExchangeResult<String> response = basic(client, username, password);
		long elapsed = System.nanoTime() - start;
		assertThat(response.getStatus().value()).isEqualTo(401);
		verify(this.passwordEncoder, times(comparisons)).matches(any(), any());
		return elapsed / 1_000_000;
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private static long tolerance(long a, long b) {
		return Math.max(a, b) / 2 + 25;
	}

	private EntityExchangeResult<String> basic(String client, String username, String password) {
		return this.web.method(HttpMethod.GET)
			.uri(API)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", Http.basic(username, password))
			.header("X-Forwarded-For", client)
			.exchange()
			.returnResult(String.class);
	}

	private EntityExchangeResult<String> formSignIn(String client, String username, String password) {
		EntityExchangeResult<String> form = this.web.get().uri("/login").exchange().returnResult(String.class);
		String cookie = Http.cookies(form);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getResponseBody());
		assertThat(token.find()).isTrue();
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		return this.web.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Cookie", cookie)
			.header("X-Forwarded-For", client)
			.body(body)
			.exchange()
			.returnResult(String.class);
	}

	private static MockHttpServletRequestBuilder signIn(String from) {
		return post("/login").param("username", "throttled")
			.param("password", PASSWORD)
			.param("from", from)
			.with(csrf());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
