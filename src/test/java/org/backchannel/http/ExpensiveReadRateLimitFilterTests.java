package org.backchannel.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.backchannel.testing.TestRefusals;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each client may send only so many expensive anonymous reads (searches, multi-actor
 * filters, exports): the next is a 429 with Retry-After, other clients and cheap reads go
 * on, and X-Forwarded-For counts only when it comes from a trusted proxy.
 */
class ExpensiveReadRateLimitFilterTests {

	/**
	 * Exports are always expensive; the lists when they search or name several actors.
	 */
	final ExpensiveReadRateLimitFilter filter = new ExpensiveReadRateLimitFilter(
			new RateLimits(3, Duration.ofMinutes(1), List.of("10.0.0.1")), TestRefusals.refusals(),
			(request) -> Optional.of(marker(request.getRequestURI().equals("/calendar.ics") ? "export" : "list")));

	@ExpensiveRead
	static void export() {
	}

	@ExpensiveRead(ExpensiveRead.When.SEARCH_OR_SEVERAL_ACTORS)
	static void list() {
	}

	static ExpensiveRead marker(String handler) {
		try {
			return ExpensiveReadRateLimitFilterTests.class.getDeclaredMethod(handler)
				.getAnnotation(ExpensiveRead.class);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aClientOverItsLimitIsToldToWaitWhileOthersAndCheapReadsGoOn() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(search("192.0.2.7", null).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse limited = search("192.0.2.7", null);
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(limited.getContentType()).startsWith("application/problem+json");
		assertThat(limited.getContentAsString()).contains("Too many requests");
		assertThat(search("192.0.2.8", null).getStatus()).as("another client").isEqualTo(200);
		MockHttpServletRequest cheap = new MockHttpServletRequest("GET", "/api/events");
		cheap.setRemoteAddr("192.0.2.7");
		cheap.addParameter("actor", "marco-rubio");
		assertThat(run(cheap).getStatus()).as("one actor, no search").isEqualTo(200);
		MockHttpServletRequest export = new MockHttpServletRequest("GET", "/calendar.ics");
		export.setRemoteAddr("192.0.2.7");
		assertThat(run(export).getStatus()).as("an export is expensive").isEqualTo(429);
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/");
		page.setRemoteAddr("192.0.2.7");
		page.addParameter("actor", "marco-rubio", "sergei-lavrov");
		assertThat(run(page).getStatus()).isEqualTo(429);
		MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/api/events");
		signedIn.setRemoteAddr("192.0.2.7");
		signedIn.addParameter("q", "ceasefire");
		signedIn.setUserPrincipal(() -> "edith");
		assertThat(run(signedIn).getStatus()).as("signed-in users are not limited").isEqualTo(200);
	}

	@Test
	void xForwardedForCountsOnlyFromATrustedProxy() throws Exception {
		// an untrusted client cannot escape its limit by inventing addresses
		for (int i = 0; i < 3; i++) {
			assertThat(search("198.51.100.9", "203.0.113." + i).getStatus()).isEqualTo(200);
		}
		assertThat(search("198.51.100.9", "203.0.113.99").getStatus()).isEqualTo(429);
		// behind the trusted proxy, each forwarded client has its own limit
		for (int i = 0; i < 3; i++) {
			assertThat(search("10.0.0.1", "198.51.100.1, 203.0.113.5").getStatus()).isEqualTo(200);
		}
		assertThat(search("10.0.0.1", "203.0.113.5").getStatus()).isEqualTo(429);
		assertThat(search("10.0.0.1", "203.0.113.6").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse search(String remote, String forwardedFor) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/events");
		request.setRemoteAddr(remote);
		request.addParameter("q", "ceasefire");
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return run(request);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
