package org.backchannel.http;

import org.backchannel.testing.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.backchannel.event.EventWriteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text answers go out gzipped with their own strong ETag, which validates like the
 * identity one; anonymous answers may be kept by shared caches, signed-in ones never.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=first-revisions", "backchannel.admin.username=root",
				"backchannel.admin.password=rook-castle-for-tests", "backchannel.rate-limit.trusted-proxies=127.0.0.1",
				"backchannel.site.canonical-url=https://backchannel.example.org/" })
class CompressionAndCachingTests {

	static final String ADMIN = WebClient.basic("root", "rook-castle-for-tests");

	static final String EVENT = "/api/events/2025-03-18-trump-putin-phone-call";

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	EventWriteService events;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
	}

	HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.web.url(path)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void everyKindOfTextAnswerAboveTheThresholdIsGzippedAndReadsTheSameUncompressed() {
		for (String path : new String[] { "/v3/api-docs", "/api/events?limit=20", EVENT, "/api/events.csv",
				"/calendar.ics", "/feed.atom", "/", "/events/2025-03-18-trump-putin-phone-call", "/stats",
				"/assets/css/backchannel.css", "/assets/js/backchannel.js",
				"/api/changes?since=2025-01-01T00:00:00Z" }) {
			HttpResponse<byte[]> identity = get(path);
			HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip, deflate");
			assertThat(identity.statusCode()).as(path).isEqualTo(200);
			assertThat(gzip.statusCode()).as(path).isEqualTo(200);
			assertThat(identity.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(String.join(",", gzip.headers().allValues("Vary"))).as(path)
				.containsIgnoringCase("Accept-Encoding");
			assertThat(gzip.body().length).as(path).isLessThan(identity.body().length);
			String unzipped = gunzip(gzip.body());
			if (path.startsWith("/api/") || path.startsWith("/assets/")) {
				assertThat(unzipped).as(path).isEqualTo(new String(identity.body(), StandardCharsets.UTF_8));
			}
			else {
				assertThat(unzipped.length()).as(path).isGreaterThan(CompressionFilter.MIN_SIZE);
			}
		}
	}

	@Test
	void smallAnswersAndImagesAreSentAsTheyAre() {
		HttpResponse<byte[]> small = get("/api/changes?since=2999-01-01T00:00:00Z", "Accept-Encoding", "gzip");
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body().length).isLessThan(CompressionFilter.MIN_SIZE);
		assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
		HttpResponse<byte[]> icon = get("/favicon.ico", "Accept-Encoding", "gzip");
		assertThat(icon.headers().firstValue("Content-Encoding")).isEmpty();
		for (String type : new String[] { "image/png", "image/jpeg", "image/webp", "font/woff2", "application/zip",
				"application/gzip" }) {
			assertThat(CompressionFilter.compressible(type)).as(type).isFalse();
		}
		for (String type : new String[] { "text/html;charset=UTF-8", "application/json", "application/problem+json",
				"text/csv; charset=utf-8", "text/calendar", "application/atom+xml", "image/svg+xml", "text/css",
				"text/javascript" }) {
			assertThat(CompressionFilter.compressible(type)).as(type).isTrue();
		}
		assertThat(get("/api/events?limit=20", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
			.isEmpty();
	}

	@Test
	void theGzipRepresentationHasItsOwnStrongTagThatRevalidatesAndWritesBack() {
		HttpResponse<byte[]> identity = get(EVENT);
		HttpResponse<byte[]> gzip = get(EVENT, "Accept-Encoding", "gzip");
		String tag = identity.headers().firstValue("ETag").orElseThrow();
		String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
		assertThat(tag).startsWith("\"").doesNotStartWith("W/");
		assertThat(gzipTag).isEqualTo(tag.substring(0, tag.length() - 1) + "-gzip\"");

		HttpResponse<byte[]> notModified = get(EVENT, "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().firstValue("ETag")).hasValue(gzipTag);
		HttpResponse<byte[]> identityNotModified = get(EVENT, "If-None-Match", tag);
		assertThat(identityNotModified.statusCode()).isEqualTo(304);
		assertThat(identityNotModified.headers().firstValue("ETag")).hasValue(tag);

		// Lists get their tag from the body: the same rule holds.
		HttpResponse<byte[]> list = get("/api/events?limit=20", "Accept-Encoding", "gzip");
		String listTag = list.headers().firstValue("ETag").orElseThrow();
		assertThat(listTag).endsWith("-gzip\"");
		assertThat(get("/api/events?limit=20", "Accept-Encoding", "gzip", "If-None-Match", listTag).statusCode())
			.isEqualTo(304);

		// A client that read gzip writes back with the tag it got.
		ObjectNode data = JsonMapper.builder()
			.build()
			.valueToTree(this.events.findEditable(EVENT.substring("/api/events/".length())).orElseThrow().data());
		data.put("dateNote", "Written back with the gzip representation's tag.");
		HttpResponse<String> written = this.web.send("PUT", EVENT, ADMIN, data.toString(), "If-Match", gzipTag);
		assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
		HttpResponse<String> stale = this.web.send("PUT", EVENT, ADMIN, data.toString(), "If-Match", gzipTag);
		assertThat(stale.statusCode()).isEqualTo(412);
	}

	@Test
	void anonymousAnswersMayBeKeptBySharedCachesAndSignedInOnesNever() {
		for (String path : new String[] { "/", "/events/2025-03-18-trump-putin-phone-call", "/actors", "/stats",
				"/api/events?limit=5", EVENT, "/feed.atom" }) {
			HttpResponse<byte[]> response = get(path);
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).startsWith("public,").contains("must-revalidate"));
			String tag = response.headers().firstValue("ETag").orElseThrow();
			assertThat(get(path, "If-None-Match", tag).statusCode()).as(path).isEqualTo(304);
		}
		assertThat(get("/").headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");

		String session = this.web.signIn("root", "rook-castle-for-tests");
		for (String path : new String[] { "/", "/events/2025-03-18-trump-putin-phone-call", "/stats" }) {
			HttpResponse<byte[]> page = get(path, "Cookie", session);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).contains("private", "no-store"));
		}
		HttpResponse<String> api = this.web.send("GET", EVENT, ADMIN, null);
		assertThat(api.headers().firstValue("Cache-Control")).hasValue("private, no-store");
	}

}
