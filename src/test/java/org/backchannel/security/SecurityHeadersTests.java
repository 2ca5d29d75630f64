package org.backchannel.security;

import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the security headers; the app's pages allow no inline script.
 * Reads only, so it shares the common context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void pagesAndTheApiSendAStrictContentSecurityPolicy() {
		for (String path : new String[] { "/", "/api/events", "/login", "/events/no-such-event" }) {
			EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
			assertThat(Http.header(response, "Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp)
					.contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
					.doesNotContain("unsafe"));
			assertThat(Http.header(response, "X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(Http.header(response, "Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
			assertThat(Http.header(response, "X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void everyAnswerRefusesDevicesSensorsAndPaymentsToEveryFrame() {
		for (String path : new String[] { "/", "/api/events", "/login", "/embed", "/events/no-such-event",
				"/api/no-such-route" }) {
			EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
			assertThat(Http.header(response, "Permissions-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "geolocation=()",
						"microphone=()", "payment=()"));
		}
	}

	@Test
	void onlyTheEmbedMayBeFramedByOtherSites() {
		EntityExchangeResult<String> embed = this.web.get()
			.uri("/embed?type=PHONE_CALL&channel=MINISTERS")
			.exchange()
			.returnResult(String.class);
		assertThat(embed.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(embed, "Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors *", "script-src 'self';").doesNotContain("unsafe"));
		assertThat(Http.header(embed, "X-Frame-Options")).isEmpty();
		// one script, its own file: it reports the embed's height to the framing page
		assertThat(embed.getResponseBody()).contains("9 events", "Rubio–Lavrov phone call", "target=\"_blank\"")
			.containsOnlyOnce("<script")
			.containsPattern("<script src=\"/assets/js/embed-[0-9a-f]{32}\\.js\" defer>");
		for (String path : new String[] { "/embed/x", "/embedded", "/?embed", "/oembed" }) {
			assertThat(Http.header(this.web.get().uri(path).exchange().returnResult(String.class), "X-Frame-Options"))
				.as(path)
				.hasValue("DENY");
		}
	}

	@Test
	void theSiteIconIsWhereBrowsersLookForIt() {
		EntityExchangeResult<String> icon = this.web.get().uri("/favicon.ico").exchange().returnResult(String.class);
		assertThat(icon.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(icon, "Content-Type")).hasValue("image/x-icon");
		assertThat(this.web.get().uri("/").exchange().returnResult(String.class).getResponseBody())
			.contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">");
	}

	@Test
	void aTimelineAddressBecomesAnEmbedThroughOEmbed() {
		String site = "http://localhost:" + this.port;
		EntityExchangeResult<String> page = this.web.get()
			.uri("/?type=PHONE_CALL")
			.exchange()
			.returnResult(String.class);
		assertThat(page.getResponseBody()).contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
				+ site + "/oembed?url=http%3A%2F%2Flocalhost%3A" + this.port
				+ "%2F%3Ftype%3DPHONE_CALL&amp;format=json\"");
		assertThat(page.getResponseBody()).contains("&lt;iframe src=&quot;" + site + "/embed?type=PHONE_CALL&quot;");

		EntityExchangeResult<String> oembed = this.web.get()
			.uri("/oembed?format=json&url="
					+ java.net.URLEncoder.encode(site + "/?type=PHONE_CALL", java.nio.charset.StandardCharsets.UTF_8))
			.exchange()
			.returnResult(String.class);
		assertThat(oembed.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(oembed, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(oembed.getResponseBody()).contains("\"version\":\"1.0\"", "\"type\":\"rich\"", "\"width\":600",
				"<iframe src=\\\"" + site + "/embed?type=PHONE_CALL\\\"");

		this.web.get()
			.uri("/oembed?format=json&url=https%3A%2F%2Fexample.org%2F")
			.exchange()
			.expectStatus()
			.isEqualTo(404);
		this.web.get().uri("/oembed?format=xml&url=" + site + "/").exchange().expectStatus().isEqualTo(501);
	}

	@Test
	void swaggerUiMayStyleInlineButStillRunsNoInlineScript() {
		EntityExchangeResult<String> response = this.web.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(response, "Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'"));
		assertThat(Http.body(response)).doesNotContainPattern("<script>\\s*\\S");
	}

	@Test
	void adminPagesSendAnonymousUsersToSignInAndReadingCreatesNoSession() {
		EntityExchangeResult<String> admin = this.web.get().uri("/admin").exchange().returnResult(String.class);
		assertThat(admin.getStatus().value()).isEqualTo(302);
		assertThat(Http.header(admin, "Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(Http.header(this.web.get().uri("/").exchange().returnResult(String.class), "Set-Cookie")).isEmpty();
	}

}
