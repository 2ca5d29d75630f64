package org.backchannel.admin;

import java.net.http.HttpResponse;

import org.backchannel.system.WebClient;
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
