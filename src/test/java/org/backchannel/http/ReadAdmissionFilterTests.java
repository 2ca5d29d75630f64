package org.backchannel.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.backchannel.testing.TestRefusals;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While every turn for anonymous reads is taken, a further read is told to come back
 * later (503 with Retry-After, problem+json on the API), and reads that are not anonymous
 * reads of the record (admin pages, sign-in, health, writes) are never queued.
 */
class ReadAdmissionFilterTests {

	final ReadAdmissionFilter filter = new ReadAdmissionFilter(new ReadLimits(1, Duration.ofMillis(50), 5),
			TestRefusals.refusals());

	@Test
	void aReadThatFindsNoTurnIsToldToComeBackLater() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
			try {
				this.filter.doFilter(new MockHttpServletRequest("GET", "/api/events"), new MockHttpServletResponse(),
						(request, response) -> {
							holding.countDown();
							await(release);
						});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		try {
			assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
			MockHttpServletResponse api = run("GET", "/api/events");
			assertThat(api.getStatus()).isEqualTo(503);
			assertThat(api.getHeader("Retry-After")).isEqualTo("2");
			assertThat(api.getContentType()).startsWith("application/problem+json");
			assertThat(api.getContentAsString()).contains("Too many reads");
			MockHttpServletResponse page = run("GET", "/");
			assertThat(page.getStatus()).isEqualTo(503);
			assertThat(page.getHeader("Retry-After")).isEqualTo("2");
			for (String exempt : new String[] { "/actuator/health/readiness", "/login", "/admin/events" }) {
				assertThat(run("GET", exempt).getStatus()).as(exempt).isEqualTo(200);
			}
			assertThat(run("POST", "/api/events").getStatus()).isEqualTo(200);
			MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/api/events");
			signedIn.setUserPrincipal(() -> "edith");
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.filter.doFilter(signedIn, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
		finally {
			release.countDown();
			slow.get(5, TimeUnit.SECONDS);
		}
		assertThat(run("GET", "/api/events").getStatus()).as("the turn is free again").isEqualTo(200);
	}

	private MockHttpServletResponse run(String method, String path) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain());
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
