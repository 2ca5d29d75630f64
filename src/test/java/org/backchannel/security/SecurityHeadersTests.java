package org.backchannel.security;

import java.net.http.HttpResponse;

import org.backchannel.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the security headers; the app's pages allow no inline script.
 * Reads only, so it shares the common context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	@Test
	void pagesAndTheApiSendAStrictContentSecurityPolicy() {
		for (String path : new String[] { "/", "/api/events", "/login", "/events/no-such-event" }) {
			HttpResponse<String> response = this.web.get(path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp)
					.contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
					.doesNotContain("unsafe"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void onlyTheEmbedMayBeFramedByOtherSites() {
		HttpResponse<String> embed = this.web.get("/embed?type=PHONE_CALL&channel=MINISTERS");
		assertThat(embed.statusCode()).isEqualTo(200);
		assertThat(embed.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors *", "script-src 'self';").doesNotContain("unsafe"));
		assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(embed.body()).contains("9 events", "Rubio–Lavrov phone call", "target=\"_blank\"")
			.doesNotContain("<script");
		for (String path : new String[] { "/embed/x", "/embedded", "/?embed", "/oembed" }) {
			assertThat(this.web.get(path).headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void theSiteIconIsWhereBrowsersLookForIt() {
		HttpResponse<String> icon = this.web.get("/favicon.ico");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
		assertThat(this.web.get("/").body()).contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">");
	}

	@Test
	void aTimelineAddressBecomesAnEmbedThroughOEmbed() {
		String site = "http://localhost:" + this.port;
		HttpResponse<String> page = this.web.get("/?type=PHONE_CALL");
		assertThat(page.body()).contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + site
				+ "/oembed?url=http%3A%2F%2Flocalhost%3A" + this.port + "%2F%3Ftype%3DPHONE_CALL&amp;format=json\"");
		assertThat(page.body()).contains("&lt;iframe src=&quot;" + site + "/embed?type=PHONE_CALL&quot;");

		HttpResponse<String> oembed = this.web.get("/oembed?format=json&url="
				+ java.net.URLEncoder.encode(site + "/?type=PHONE_CALL", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(oembed.statusCode()).isEqualTo(200);
		assertThat(oembed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(oembed.body()).contains("\"version\":\"1.0\"", "\"type\":\"rich\"", "\"width\":600",
				"<iframe src=\\\"" + site + "/embed?type=PHONE_CALL\\\"");

		assertThat(this.web.get("/oembed?format=json&url=https%3A%2F%2Fexample.org%2F").statusCode()).isEqualTo(404);
		assertThat(this.web.get("/oembed?format=xml&url=" + site + "/").statusCode()).isEqualTo(501);
	}

	@Test
	void swaggerUiMayStyleInlineButStillRunsNoInlineScript() {
		HttpResponse<String> response = this.web.get("/swagger-ui/index.html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'"));
		assertThat(response.body()).doesNotContainPattern("<script>\\s*\\S");
	}

	@Test
	void adminPagesSendAnonymousUsersToSignInAndReadingCreatesNoSession() {
		HttpResponse<String> admin = this.web.get("/admin");
		assertThat(admin.statusCode()).isEqualTo(302);
		assertThat(admin.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(this.web.get("/").headers().firstValue("Set-Cookie")).isEmpty();
	}

}
