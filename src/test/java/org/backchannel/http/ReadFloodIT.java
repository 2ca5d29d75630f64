package org.backchannel.http;

import org.backchannel.testing.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded flood of the most expensive filters a client may send (five actors, every
 * type, a search, different each time so no cache helps), 24 at a time on loopback, while
 * an ordinary reader and the readiness probe keep asking: the flood gets answers or a 503
 * with Retry-After, never a 500, and the reader and the probe keep getting theirs. Tagged
 * {@code alone}: it runs alone, after the other ITs (see pom.xml).
 */
@Tag("alone")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=read-flood", "backchannel.reads.max-concurrent=3",
				"backchannel.reads.queue-wait=2s" })
class ReadFloodIT {

	static final List<String> ACTORS = List.of("marco-rubio", "sergei-lavrov", "steve-witkoff", "yuri-ushakov",
			"keith-kellogg", "mike-waltz", "vladimir-putin", "donald-trump");

	static final String TYPES = "type=PHONE_CALL&type=MEETING&type=SUMMIT&type=NEGOTIATION_ROUND&type=STATEMENT"
			+ "&type=APPOINTMENT&type=MILITARY_ACTION&type=OTHER";

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void aFloodOfWorstCaseFiltersLeavesReadersAndTheReadinessProbeAnswered() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(26);
		AtomicBoolean flooding = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> floodFailures = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> readerFailures = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> readerMillis = new ConcurrentLinkedQueue<>();
		try {
			List<Future<?>> flood = new ArrayList<>();
			for (int worker = 0; worker < 24; worker++) {
				int seed = worker;
				flood.add(pool.submit(() -> {
					for (int i = 0; i < 12; i++) {
						StringBuilder path = new StringBuilder(
								"/api/events?limit=100&" + TYPES + "&q=talks+" + seed + i);
						for (int a = 0; a < 5; a++) {
							path.append("&actor=").append(ACTORS.get((seed + i + a) % ACTORS.size()));
						}
						EntityExchangeResult<String> response = this.web.get()
							.uri(path.toString())
							.exchange()
							.returnResult(String.class);
						if (response.getStatus().value() == 503) {
							if (Http.header(response, "Retry-After").isEmpty()) {
								floodFailures.add("503 without Retry-After");
							}
						}
						else if (response.getStatus().value() != 200) {
							floodFailures.add(response.getStatus().value() + " " + path);
						}
					}
				}));
			}
			Future<?> reader = pool.submit(() -> {
				while (flooding.get()) {
					long start = System.nanoTime();
					EntityExchangeResult<String> page = this.web.get()
						.uri("/api/events/2025-03-15-rubio-lavrov-phone-call")
						.exchange()
						.returnResult(String.class);
					EntityExchangeResult<String> readiness = this.web.get()
						.uri("/actuator/health/readiness")
						.exchange()
						.returnResult(String.class);
					readerMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
					if (page.getStatus().value() != 200) {
						readerFailures.add("reader " + page.getStatus().value());
					}
					if (readiness.getStatus().value() != 200 || !Http.body(readiness).contains("\"UP\"")) {
						readerFailures
							.add("readiness " + readiness.getStatus().value() + " " + readiness.getResponseBody());
					}
				}
			});
			for (Future<?> worker : flood) {
				worker.get(120, TimeUnit.SECONDS);
			}
			flooding.set(false);
			reader.get(30, TimeUnit.SECONDS);
		}
		finally {
			flooding.set(false);
			pool.shutdownNow();
		}
		assertThat(floodFailures).isEmpty();
		assertThat(readerFailures).isEmpty();
		assertThat(readerMillis).isNotEmpty().allSatisfy((millis) -> assertThat(millis).isLessThan(5000));
	}

}
