package org.backchannel.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every public read endpoint's parameters and path variables with hostile values:
 * random Unicode (right-to-left text, emoji, combining marks, NUL), huge values, wrong
 * types, SQL and HTML injection. Only 2xx and 4xx answers are acceptable, and no answer
 * leaks a stack trace. The random source is seeded, so a failure reproduces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

	static final List<String> NASTY = List.of("", " ", "'", "\"", "' OR '1'='1", "1; DROP TABLE event; --",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "%", "_", "\\", "\u0000", "a\u0000b",
			"مرحبا بالعالم", "\u202Eevil", "👩‍👩‍👧‍👦🇺🇦", "e\u0301\u0301\u0301", "-1", "0", "99999999999999999999",
			"1e309", "NaN", "null", "true", "2025-02-30", "9999-12-31", "0000-00-00", "2025-03-15T25:61:00Z",
			"djE6MjAyNS0wMy0xNTox", "djE6OTk5OTktMDEtMDE6MQ", "PHONE_CALL,MEETING", "phone call", "../../etc/passwd",
			"%00", "%2e%2e%2f", "Sergey Lavrov", "&", "=", "#", "?", "\t\n\r", "x".repeat(5000));

	static final List<String> PARAMETER_PATHS = List.of("/api/events", "/", "/api/actors");

	static final List<String> PARAMETERS = List.of("actor", "type", "initiator", "from", "to", "proposal", "direct",
			"q", "sort", "updated_since", "limit", "cursor", "country", "kind");

	static final List<String> SLUG_PATHS = List.of("/api/events/", "/events/", "/api/actors/", "/actors/",
			"/proposals/", "/sources/", "/api/proposals/", "/api/sources/");

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void everyParameterSurvivesHostileValues() {
		Random random = new Random(20250315);
		List<String> failures = new ArrayList<>();
		for (String path : PARAMETER_PATHS) {
			for (String parameter : PARAMETERS) {
				List<String> values = new ArrayList<>(NASTY);
				for (int i = 0; i < 3; i++) {
					values.add(randomString(random));
				}
				for (String value : values) {
					String url = path + "?" + parameter + "=" + encode(value);
					check(url, failures);
				}
			}
			// Several hostile parameters at once.
			for (int i = 0; i < 20; i++) {
				StringBuilder url = new StringBuilder(path).append('?');
				for (String parameter : PARAMETERS) {
					if (random.nextBoolean()) {
						url.append(parameter).append('=').append(encode(pick(random))).append('&');
					}
				}
				check(url.toString(), failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyPathVariableSurvivesHostileValues() {
		Random random = new Random(20250427);
		List<String> failures = new ArrayList<>();
		for (String path : SLUG_PATHS) {
			List<String> values = new ArrayList<>(NASTY.subList(1, NASTY.size()));
			for (int i = 0; i < 10; i++) {
				values.add(randomString(random));
			}
			for (String value : values) {
				check(path + encodePath(value), failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void injectedMarkupIsNeverRenderedAsMarkup() {
		EntityExchangeResult<String> page = this.web.get()
			.uri("/?q=" + encode("<script>alert(1)</script>") + "&from=" + encode("\"><img src=x onerror=alert(1)>"))
			.exchange()
			.returnResult(String.class);
		assertThat(page.getStatus().value()).isEqualTo(200);
		assertThat(Http.body(page)).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
	}

	@Test
	void anOversizedBodyIsRefusedBeforeAnythingReadsIt() {
		String body = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		EntityExchangeResult<String> response = this.web.post()
			.uri("/api/events")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(413);
		assertThat(Http.header(response, "Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(Http.json(response).get("title").asString()).isEqualTo("Content too large");
	}

	private void check(String url, List<String> failures) {
		EntityExchangeResult<String> response = this.web.get().uri(url).exchange().returnResult(String.class);
		int status = response.getStatus().value();
		if (status >= 500 || Http.body(response).contains("at org.") || Http.body(response).contains("Exception")) {
			failures.add(status + " " + url.substring(0, Math.min(url.length(), 200)));
		}
	}

	private static String pick(Random random) {
		return random.nextInt(4) == 0 ? randomString(random) : NASTY.get(random.nextInt(NASTY.size()));
	}

	/**
	 * A random string drawn from awkward code points: controls, Latin, Cyrillic, Arabic,
	 * combining marks, bidi controls, emoji and surrogate pairs.
	 */
	static String randomString(Random random) {
		int[][] ranges = { { 0x00, 0x1F }, { 0x20, 0x7E }, { 0x400, 0x4FF }, { 0x600, 0x6FF }, { 0x300, 0x36F },
				{ 0x202A, 0x202E }, { 0x1F600, 0x1F64F }, { 0xFFF0, 0xFFFF } };
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(random.nextInt(10) == 0 ? 3000 : 40);
		for (int i = 0; i < length; i++) {
			int[] range = ranges[random.nextInt(ranges.length)];
			text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
		}
		return text.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String encodePath(String value) {
		return encode(value).replace("+", "%20");
	}

}
