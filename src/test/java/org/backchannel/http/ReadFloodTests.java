package org.backchannel.http;

import org.backchannel.testing.WebClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded flood of the most expensive filters a client may send (five actors, every
 * type, a search, different each time so no cache helps), 24 at a time on loopback, while
 * an ordinary reader and the readiness probe keep asking: the flood gets answers or a 503
 * with Retry-After, never a 500, and the reader and the probe keep getting theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=read-flood", "backchannel.reads.max-concurrent=3",
				"backchannel.reads.queue-wait=2s" })
class ReadFloodTests {

	static final List<String> ACTORS = List.of("marco-rubio", "sergei-lavrov", "steve-witkoff", "yuri-ushakov",
			"keith-kellogg", "mike-waltz", "vladimir-putin", "donald-trump");

	static final String TYPES = "type=PHONE_CALL&type=MEETING&type=SUMMIT&type=NEGOTIATION_ROUND&type=STATEMENT"
			+ "&type=APPOINTMENT&type=MILITARY_ACTION&type=OTHER";

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
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
						HttpResponse<String> response = this.web.get(path.toString());
						if (response.statusCode() == 503) {
							if (response.headers().firstValue("Retry-After").isEmpty()) {
								floodFailures.add("503 without Retry-After");
							}
						}
						else if (response.statusCode() != 200) {
							floodFailures.add(response.statusCode() + " " + path);
						}
					}
				}));
			}
			Future<?> reader = pool.submit(() -> {
				while (flooding.get()) {
					long start = System.nanoTime();
					HttpResponse<String> page = this.web.get("/api/events/2025-03-15-rubio-lavrov-phone-call");
					HttpResponse<String> readiness = this.web.get("/actuator/health/readiness");
					readerMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
					if (page.statusCode() != 200) {
						readerFailures.add("reader " + page.statusCode());
					}
					if (readiness.statusCode() != 200 || !readiness.body().contains("\"UP\"")) {
						readerFailures.add("readiness " + readiness.statusCode() + " " + readiness.body());
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
