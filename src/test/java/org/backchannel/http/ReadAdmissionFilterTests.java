package org.backchannel.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.backchannel.testing.TestRefusals;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While every turn for anonymous reads is taken, a further read is told to come back
 * later (503 with Retry-After, problem+json on the API), and reads that are not anonymous
 * reads of the record (admin pages, sign-in, health, writes) are never queued. A read
 * that a filter inside admits itself (the response cache) takes a turn only when that
 * filter asks for one.
 */
class ReadAdmissionFilterTests {

	final ReadAdmission admission = new ReadAdmission(new ReadLimits(1, Duration.ofMillis(50), 5),
			TestRefusals.refusals());

	/** The response cache's part: it admits its GETs of {@code /stats} itself. */
	final ReadAdmission.AdmitsItself inside = (request) -> "/stats".equals(request.getRequestURI());

	final ReadAdmissionFilter filter = new ReadAdmissionFilter(this.admission, () -> List.of(this.inside));

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

	@Test
	void aReadAFilterInsideAdmitsItselfTakesATurnOnlyWhenThatFilterAsksForOne() throws Exception {
		MockHttpServletRequest holder = new MockHttpServletRequest("GET", "/");
		assertThat(this.admission.enter(holder, new MockHttpServletResponse())).isTrue();
		try {
			assertThat(run("GET", "/stats").getStatus()).as("served without a turn").isEqualTo(200);
			MockHttpServletResponse built = new MockHttpServletResponse();
			this.filter.doFilter(new MockHttpServletRequest("GET", "/stats"), built, (request, response) -> {
				if (this.admission.enter((HttpServletRequest) request, (HttpServletResponse) response)) {
					((HttpServletResponse) response).setStatus(200);
				}
			});
			assertThat(built.getStatus()).as("it asked for a turn to build").isEqualTo(503);
			assertThat(built.getHeader("Retry-After")).isEqualTo("2");
		}
		finally {
			this.admission.leave(holder);
		}
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/stats");
		this.filter.doFilter(request, new MockHttpServletResponse(), (req,
				res) -> assertThat(this.admission.enter((HttpServletRequest) req, (HttpServletResponse) res)).isTrue());
		assertThat(run("GET", "/api/events").getStatus()).as("the filter gave the turn taken inside back")
			.isEqualTo(200);
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
