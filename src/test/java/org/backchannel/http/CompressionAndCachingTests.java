package org.backchannel.http;

import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.Http;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.backchannel.event.EventReadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text answers go out gzipped with their own strong ETag, which validates like the
 * identity one; anonymous answers may be kept by shared caches, signed-in ones never.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=first-revisions", "backchannel.rate-limit.trusted-proxies=127.0.0.1",
				"backchannel.site.canonical-url=https://backchannel.example.org/" })
class CompressionAndCachingTests {

	static final String ADMIN = TestAdmin.BASIC;

	static final String EVENT = "/api/events/2025-03-18-trump-putin-phone-call";

	@LocalServerPort
	int port;

	@Autowired
	EventReadService events;

	@Autowired
	WebServerApplicationContext server;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	EntityExchangeResult<byte[]> get(String path, String... headers) {
		return this.web.get().uri(path).headers(Http.headers(headers)).exchange().returnResult(byte[].class);
	}

	static String gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The connector's own compression settings (server.compression.*). */
	AbstractHttp11Protocol<?> connector() {
		return (AbstractHttp11Protocol<?>) ((TomcatWebServer) this.server.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();
	}

	int minSize() {
		return connector().getCompressionMinSize();
	}

	/** As Tomcat matches a Content-Type against its compressible types. */
	boolean compressible(String type) {
		return Arrays.stream(connector().getCompressibleMimeTypes()).anyMatch(type::startsWith);
	}

	@Test
	void everyKindOfTextAnswerAboveTheThresholdIsGzippedAndReadsTheSameUncompressed() {
		for (String path : new String[] { "/v3/api-docs", "/api/events?limit=20", EVENT, "/api/events.csv",
				"/calendar.ics", "/feed.atom", "/", "/events/2025-03-18-trump-putin-phone-call", "/stats",
				"/assets/css/backchannel.css", "/assets/js/backchannel.js",
				"/api/changes?since=2025-01-01T00:00:00Z" }) {
			EntityExchangeResult<byte[]> identity = get(path);
			EntityExchangeResult<byte[]> gzip = get(path, "Accept-Encoding", "gzip, deflate");
			assertThat(identity.getStatus().value()).as(path).isEqualTo(200);
			assertThat(gzip.getStatus().value()).as(path).isEqualTo(200);
			assertThat(Http.header(identity, "Content-Encoding")).as(path).isEmpty();
			assertThat(Http.header(gzip, "Content-Encoding")).as(path).hasValue("gzip");
			assertThat(String.join(",", gzip.getResponseHeaders().getOrEmpty("Vary"))).as(path)
				.containsIgnoringCase("Accept-Encoding");
			assertThat(gzip.getResponseBody().length).as(path).isLessThan(identity.getResponseBody().length);
			String unzipped = gunzip(gzip.getResponseBody());
			if (path.startsWith("/api/") || path.startsWith("/assets/")) {
				assertThat(unzipped).as(path).isEqualTo(new String(identity.getResponseBody(), StandardCharsets.UTF_8));
			}
			else {
				assertThat(unzipped.length()).as(path).isGreaterThan(minSize());
			}
		}
	}

	@Test
	void smallAnswersAndImagesAreSentAsTheyAre() {
		EntityExchangeResult<byte[]> small = get("/api/changes?since=2999-01-01T00:00:00Z", "Accept-Encoding", "gzip");
		assertThat(small.getStatus().value()).isEqualTo(200);
		assertThat(small.getResponseBody().length).isLessThan(minSize());
		assertThat(Http.header(small, "Content-Encoding")).isEmpty();
		EntityExchangeResult<byte[]> icon = get("/favicon.ico", "Accept-Encoding", "gzip");
		assertThat(Http.header(icon, "Content-Encoding")).isEmpty();
		for (String type : new String[] { "image/png", "image/jpeg", "image/webp", "font/woff2", "application/zip",
				"application/gzip" }) {
			assertThat(compressible(type)).as(type).isFalse();
		}
		for (String type : new String[] { "text/html;charset=UTF-8", "application/json", "application/problem+json",
				"text/csv; charset=utf-8", "text/calendar", "application/atom+xml", "image/svg+xml", "text/css",
				"text/javascript" }) {
			assertThat(compressible(type)).as(type).isTrue();
		}
		assertThat(Http.header(get("/api/events?limit=20", "Accept-Encoding", "gzip;q=0"), "Content-Encoding"))
			.isEmpty();
	}

	@Test
	void theGzipRepresentationHasItsOwnStrongTagThatRevalidatesAndWritesBack() {
		EntityExchangeResult<byte[]> identity = get(EVENT);
		EntityExchangeResult<byte[]> gzip = get(EVENT, "Accept-Encoding", "gzip");
		String tag = Http.header(identity, "ETag").orElseThrow();
		String gzipTag = Http.header(gzip, "ETag").orElseThrow();
		assertThat(tag).startsWith("\"").doesNotStartWith("W/");
		assertThat(gzipTag).isEqualTo(tag.substring(0, tag.length() - 1) + "-gzip\"");

		EntityExchangeResult<byte[]> notModified = get(EVENT, "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
		assertThat(notModified.getStatus().value()).isEqualTo(304);
		assertThat(Http.header(notModified, "ETag")).hasValue(gzipTag);
		EntityExchangeResult<byte[]> identityNotModified = get(EVENT, "If-None-Match", tag);
		assertThat(identityNotModified.getStatus().value()).isEqualTo(304);
		assertThat(Http.header(identityNotModified, "ETag")).hasValue(tag);

		// Lists get their tag from the body: the same rule holds.
		EntityExchangeResult<byte[]> list = get("/api/events?limit=20", "Accept-Encoding", "gzip");
		String listTag = Http.header(list, "ETag").orElseThrow();
		assertThat(listTag).endsWith("-gzip\"");
		assertThat(get("/api/events?limit=20", "Accept-Encoding", "gzip", "If-None-Match", listTag).getStatus().value())
			.isEqualTo(304);

		// A client that read gzip writes back with the tag it got.
		ObjectNode data = JsonMapper.builder()
			.build()
			.valueToTree(this.events.findEditable(EVENT.substring("/api/events/".length())).orElseThrow().data());
		data.put("dateNote", "Written back with the gzip representation's tag.");
		EntityExchangeResult<String> written = this.web.put()
			.uri(EVENT)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.body(data.toString())
			.header("If-Match", gzipTag)
			.exchange()
			.returnResult(String.class);
		assertThat(written.getStatus().value()).as(written.getResponseBody()).isEqualTo(200);
		EntityExchangeResult<String> stale = this.web.put()
			.uri(EVENT)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.body(data.toString())
			.header("If-Match", gzipTag)
			.exchange()
			.returnResult(String.class);
		assertThat(stale.getStatus().value()).isEqualTo(412);
	}

	@Test
	void signedInAdminPagesAreGzippedToo() {
		String session = Http.signIn(this.web, TestAdmin.USERNAME, TestAdmin.PASSWORD);
		for (String path : new String[] { "/admin", "/admin/events/new" }) {
			EntityExchangeResult<byte[]> page = get(path, "Cookie", session, "Accept-Encoding", "gzip");
			assertThat(page.getStatus().value()).as(path).isEqualTo(200);
			assertThat(Http.header(page, "Content-Encoding")).as(path).hasValue("gzip");
			assertThat(gunzip(page.getResponseBody())).as(path).contains("</html>");
		}
	}

	@Test
	void anonymousAnswersMayBeKeptBySharedCachesAndSignedInOnesNever() {
		for (String path : new String[] { "/", "/events/2025-03-18-trump-putin-phone-call", "/actors", "/stats",
				"/api/events?limit=5", EVENT, "/feed.atom" }) {
			EntityExchangeResult<byte[]> response = get(path);
			assertThat(Http.header(response, "Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).startsWith("public,").contains("must-revalidate"));
			String tag = Http.header(response, "ETag").orElseThrow();
			assertThat(get(path, "If-None-Match", tag).getStatus().value()).as(path).isEqualTo(304);
		}
		assertThat(Http.header(get("/"), "Cache-Control")).hasValue("public, max-age=0, must-revalidate");

		String session = Http.signIn(this.web, TestAdmin.USERNAME, TestAdmin.PASSWORD);
		for (String path : new String[] { "/", "/events/2025-03-18-trump-putin-phone-call", "/stats" }) {
			EntityExchangeResult<byte[]> page = get(path, "Cookie", session);
			assertThat(page.getStatus().value()).as(path).isEqualTo(200);
			assertThat(Http.header(page, "Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).contains("private", "no-store"));
		}
		EntityExchangeResult<String> api = this.web.method(HttpMethod.GET)
			.uri(EVENT)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.exchange()
			.returnResult(String.class);
		assertThat(Http.header(api, "Cache-Control")).hasValue("private, no-store");
	}

}
