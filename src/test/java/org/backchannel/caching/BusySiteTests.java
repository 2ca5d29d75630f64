package org.backchannel.caching;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a busy site (here every read counts as one: {@code busy-from=0}), the reader who
 * would rebuild an answer a write made stale is sent the previous answer at once, on a
 * connection then closed, and the rebuild runs after it: the answer arrives while the
 * rebuild is still held up by a lock on what it reads. The next reader after the rebuild
 * gets the new answer. Writes, so it has a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=busy-site", "backchannel.response-cache.busy-from=0" })
class BusySiteTests {

	static final String EVENT = "2025-03-15-rubio-lavrov-phone-call";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port, Duration.ofSeconds(10));
	}

	@Test
	void theReaderWhoTriggersARebuildGetsThePreviousAnswerBeforeTheRebuildEnds() throws Exception {
		for (String path : new String[] { "/api/events/" + EVENT, "/events/" + EVENT }) {
			String before = settled(path);
			this.jdbc
				.sql("update readout set summary = summary || ' Busy check " + path.length() + ".'"
						+ " where event_id = (select id from event where slug = :slug)")
				.param("slug", EVENT)
				.update();
			try (Connection held = this.dataSource.getConnection(); Statement lock = held.createStatement()) {
				held.setAutoCommit(false);
				lock.execute("lock table readout in access exclusive mode");
				EntityExchangeResult<String> previous = read(path);
				assertThat(previous.getStatus().value()).as(path).isEqualTo(200);
				String answer = Http.body(previous);
				assertThat(answer.equals(before))
					.as("%s: the previous answer, while the rebuild waits for the lock (%s)", path,
							answer.contains("Busy check") ? "the new one" : "another")
					.isTrue();
				assertThat(Http.header(previous, "Connection")).as(path).contains("close");
				assertThat(Http.header(previous, "ETag")).as("%s: tagged as any answer", path).isPresent();
				assertThat(Http.header(previous, "Content-Length")).as(path)
					.contains(Integer.toString(answer.getBytes(StandardCharsets.UTF_8).length));
				held.commit();
			}
			assertThat(Http.body(awaitRebuilt(path, before)).contains("Busy check " + path.length() + "."))
				.as("%s: the rebuilt answer", path)
				.isTrue();
		}
	}

	@Test
	void thePreviousAnswerToAClientThatTakesGzipIsCompressedWithItsLengthAndTheGzipTag() throws Exception {
		// The timeline: a change of an account leaves /stats fresh (no figure moves).
		String before = settled("/");
		this.jdbc
			.sql("update readout set summary = summary || ' Gzip check.' where event_id ="
					+ " (select id from event where slug = :slug)")
			.param("slug", EVENT)
			.update();
		EntityExchangeResult<byte[]> previous = this.web.get()
			.uri("/")
			.header("Accept-Encoding", "gzip")
			.exchange()
			.returnResult(byte[].class);
		assertThat(Http.header(previous, "Content-Encoding")).contains("gzip");
		assertThat(Http.header(previous, "ETag").orElseThrow()).endsWith("-gzip\"");
		assertThat(Http.header(previous, "Connection")).contains("close");
		byte[] compressed = previous.getResponseBody();
		assertThat(Http.header(previous, "Content-Length")).contains(Integer.toString(compressed.length));
		try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			assertThat(new String(gzip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(before);
		}
	}

	@Test
	void aSignedInEditorIsNeverServedThePreviousAnswer() {
		read("/api/events/" + EVENT);
		this.jdbc
			.sql("update readout set summary = summary || ' Editor check.' where event_id ="
					+ " (select id from event where slug = :slug)")
			.param("slug", EVENT)
			.update();
		EntityExchangeResult<String> editor = this.web.get()
			.uri("/api/events/" + EVENT)
			.header("Authorization", org.backchannel.testing.TestAdmin.BASIC)
			.exchange()
			.returnResult(String.class);
		assertThat(Http.body(editor)).contains("Editor check.");
	}

	/**
	 * What the path answers once nothing is rebuilt after an answer any more: two answers
	 * alike, neither on a closed connection.
	 */
	private String settled(String path) throws InterruptedException {
		EntityExchangeResult<String> last = read(path);
		for (int i = 0; i < 50; i++) {
			Thread.sleep(50);
			EntityExchangeResult<String> next = read(path);
			if (Http.body(next).equals(Http.body(last)) && Http.header(next, "Connection").isEmpty()
					&& Http.header(last, "Connection").isEmpty()) {
				return Http.body(next);
			}
			last = next;
		}
		throw new AssertionError(path + " never settled");
	}

	private EntityExchangeResult<String> read(String path) {
		return this.web.get().uri(path).exchange().returnResult(String.class);
	}

	/** Reads until the answer is no longer the previous one (the rebuild ended). */
	private EntityExchangeResult<String> awaitRebuilt(String path, String before) throws InterruptedException {
		EntityExchangeResult<String> answer = read(path);
		for (int i = 0; i < 50 && Http.body(answer).equals(before); i++) {
			Thread.sleep(100);
			answer = read(path);
		}
		return answer;
	}

}
