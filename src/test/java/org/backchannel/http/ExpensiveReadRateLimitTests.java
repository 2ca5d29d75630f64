package org.backchannel.http;

import org.backchannel.testing.Http;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as an expensive read is decided by the handler a request reaches: the
 * embed's search and multi-actor filter count like the timeline's, and the CSV export
 * counts however the client asks for it (its own address, or the list with any spelling
 * of an Accept that picks CSV). Each case is its own client (a forwarded address from the
 * trusted proxy), with a budget of two.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=rate-limits", "backchannel.rate-limit.expensive-reads=2",
				"backchannel.rate-limit.trusted-proxies=127.0.0.1", "backchannel.response-cache.size=0" })
class ExpensiveReadRateLimitTests {

	static final AtomicInteger clients = new AtomicInteger();

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void everyWayOfAskingForAnExpensiveReadCountsAgainstTheBudget() {
		assertLimited("/embed?q=ceasefire", "text/html");
		assertLimited("/embed?actor=marco-rubio&actor=sergei-lavrov", "text/html");
		assertLimited("/?q=talks", "text/html");
		assertLimited("/api/events?q=talks", "application/json");
		assertLimited("/api/events?limit=5", "TEXT/CSV");
		assertLimited("/api/events?limit=5", "text/*");
		assertLimited("/api/events?limit=5", "text/csv;q=1, application/json;q=0.5");
		assertLimited("/api/events.csv?limit=5", "*/*");
		assertLimited("/calendar.ics", "*/*");
		assertLimited("/feed.atom", "*/*");
	}

	@Test
	void cheapReadsAreNeverLimited() {
		assertNotLimited("/embed?actor=marco-rubio", "text/html");
		assertNotLimited("/api/events?limit=5", "application/json, text/csv");
		assertNotLimited("/api/events?actor=marco-rubio", "application/json");
		assertNotLimited("/", "text/html");
	}

	private void assertLimited(String path, String accept) {
		String client = "198.51.100." + clients.incrementAndGet();
		for (int i = 0; i < 2; i++) {
			assertThat(status(path, accept, client)).as("%s (%s) within the budget", path, accept).isEqualTo(200);
		}
		assertThat(status(path, accept, client)).as("%s (%s) past the budget", path, accept).isEqualTo(429);
	}

	private void assertNotLimited(String path, String accept) {
		String client = "198.51.100." + clients.incrementAndGet();
		for (int i = 0; i < 4; i++) {
			assertThat(status(path, accept, client)).as("%s (%s)", path, accept).isEqualTo(200);
		}
	}

	private int status(String path, String accept, String client) {
		return this.web.get()
			.uri(path)
			.header("Accept", accept)
			.header("X-Forwarded-For", client)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

}
