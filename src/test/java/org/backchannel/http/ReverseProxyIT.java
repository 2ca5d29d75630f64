package org.backchannel.http;

import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app behind a real nginx (Debian's package), mounted under {@code /backchannel/}:
 * every absolute link, id and Location names the address the client used, the feed's ids
 * stay the same whatever the Host, and forwarded headers from anyone but a trusted proxy
 * change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=first-revisions", "backchannel.rate-limit.trusted-proxies=127.0.0.1",
				"backchannel.site.canonical-url=https://backchannel.example.org/" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReverseProxyIT {

	static final Path NGINX = Path.of("/usr/sbin/nginx");

	static final String ADMIN = TestAdmin.BASIC;

	static final String EVENT = "2025-03-18-trump-putin-phone-call";

	@LocalServerPort
	int port;

	Process nginx;

	int proxyPort;

	Path directory;

	@BeforeEach
	void startNginx() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx)");
		if (this.nginx != null) {
			return;
		}
		this.directory = Files.createTempDirectory("nginx");
		// nginx started as root runs its workers as nobody: they must reach the temp
		// paths.
		Files.setPosixFilePermissions(this.directory, PosixFilePermissions.fromString("rwxrwxrwx"));
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.proxyPort = socket.getLocalPort();
		}
		String dir = this.directory.toString();
		Files.writeString(this.directory.resolve("nginx.conf"), """
				daemon off;
				master_process off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 64; }
				http {
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    server {
				        listen 127.0.0.1:%2$d;
				        location /backchannel/ {
				            proxy_pass http://127.0.0.1:%3$d/;
				            proxy_set_header Host $http_host;
				            proxy_set_header X-Forwarded-Host $http_host;
				            proxy_set_header X-Forwarded-Proto $scheme;
				            proxy_set_header X-Forwarded-Prefix /backchannel;
				            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				            proxy_redirect off;
				        }
				    }
				}
				""".formatted(dir, this.proxyPort, this.port));
		this.nginx = new ProcessBuilder(NGINX.toString(), "-p", dir, "-e", dir + "/error.log", "-c",
				dir + "/nginx.conf")
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("output.log").toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.proxyPort)) {
				break;
			}
			catch (IOException ex) {
				assertThat(this.nginx.isAlive())
					.as("nginx runs: " + Files.readString(this.directory.resolve("output.log")))
					.isTrue();
				assertThat(System.nanoTime()).as("nginx listens within 10 s").isLessThan(deadline);
				Thread.sleep(50);
			}
		}
	}

	@AfterAll
	void stopNginx() throws InterruptedException {
		if (this.nginx != null) {
			this.nginx.destroy();
			if (!this.nginx.waitFor(5, TimeUnit.SECONDS)) {
				this.nginx.destroyForcibly();
			}
		}
	}

	@Test
	void underThePrefixEveryLinkAndLocationNamesTheAddressTheClientUsed() throws Exception {
		String site = "http://news.example:8088/backchannel";

		Answer list = proxied("GET", "/backchannel/api/events?limit=2", "news.example:8088", null);
		assertThat(list.status).as(list.body).isEqualTo(200);
		assertThat(list.header("Link")).startsWith("<" + site + "/api/events?limit=2&cursor=");
		String next = list.header("Link").substring(1, list.header("Link").indexOf('>'));
		Answer second = proxied("GET", next.substring("http://news.example:8088".length()), "news.example:8088", null);
		assertThat(second.status).isEqualTo(200);

		Answer csv = proxied("GET", "/backchannel/api/events.csv?channel=LEADERS", "news.example:8088", null);
		assertThat(csv.status).isEqualTo(200);
		assertThat(csv.body).contains("," + site + "/events/" + EVENT).doesNotContain("127.0.0.1");

		Answer calendar = proxied("GET", "/backchannel/calendar.ics", "news.example:8088", null);
		String unfolded = calendar.body.replace("\r\n ", "");
		assertThat(unfolded).contains("URL:" + site + "/events/" + EVENT).doesNotContain("127.0.0.1");

		Answer page = proxied("GET", "/backchannel/", "news.example:8088", null);
		assertThat(page.status).isEqualTo(200);
		List<String> paths = new ArrayList<>();
		Matcher links = Pattern.compile("(?:href|src|action)=\"(/[^\"]*)\"").matcher(page.body);
		while (links.find()) {
			paths.add(links.group(1));
		}
		assertThat(paths).isNotEmpty().allSatisfy((path) -> assertThat(path).startsWith("/backchannel/"));
		assertThat(page.body).doesNotContain("127.0.0.1").doesNotContain("localhost:" + this.port);

		Answer eventPage = proxied("GET", "/backchannel/events/" + EVENT, "news.example:8088", null);
		assertThat(eventPage.body).contains(site + "/events/" + EVENT);

		JsonNode api = JsonMapper.builder()
			.build()
			.readTree(proxied("GET", "/backchannel/v3/api-docs", "news.example:8088", null).body);
		assertThat(api.get("servers").get(0).get("url").asString()).isEqualTo(site);

		Answer created = proxied("POST", "/backchannel/api/sources", "news.example:8088", """
				{"outlet": "Proxy Wire", "title": "A report posted through nginx", "url": "https://example.org/proxy",
				 "language": "en", "publishedPrecision": "UNKNOWN"}""");
		assertThat(created.status).as(created.body).isEqualTo(201);
		assertThat(created.header("Location")).matches("/backchannel/api/sources/\\d+");
		assertThat(proxied("GET", created.header("Location"), "news.example:8088", null).status).isEqualTo(200);
	}

	@Test
	void theFeedsIdsAreTheSameWhateverTheHostWhileItsLinksFollowTheHost() throws Exception {
		Feed first = feed(proxied("GET", "/backchannel/feed.atom?type=MEETING", "news.example", null));
		Feed second = feed(proxied("GET", "/backchannel/feed.atom?type=MEETING", "mirror.example:8443", null));
		Feed direct = feed(new DirectAnswer(
				Http.client(this.port).get().uri("/feed.atom?type=MEETING").exchange().returnResult(String.class))
			.answer());
		assertThat(first.getId()).isEqualTo("https://backchannel.example.org/feed.atom?type=MEETING")
			.isEqualTo(second.getId())
			.isEqualTo(direct.getId());
		assertThat(first.getEntries()).extracting(Entry::getId)
			.isNotEmpty()
			.isEqualTo(second.getEntries().stream().map(Entry::getId).toList())
			.isEqualTo(direct.getEntries().stream().map(Entry::getId).toList());
		assertThat(first.getEntries().get(0).getAlternateLinks().get(0).getHref())
			.startsWith("http://news.example/backchannel/events/");
		assertThat(second.getEntries().get(0).getAlternateLinks().get(0).getHref())
			.startsWith("http://mirror.example:8443/backchannel/events/");
	}

	@Test
	void aTrustedProxysForwardedHeaderIsHonoured() throws Exception {
		// The app's own port, from 127.0.0.1, which is trusted: RFC 7239 Forwarded.
		Answer answer = request(this.port, "GET", "/api/events?limit=1", "inner:" + this.port, null,
				"Forwarded: proto=https;host=\"public.example\"", "X-Forwarded-Prefix: /news");
		assertThat(answer.header("Link")).startsWith("<https://public.example/news/api/events?limit=1&cursor=");
	}

	@Test
	void forwardedHeadersFromAnUntrustedAddressChangeNothing() throws Exception {
		InetAddress ipv6 = InetAddress.getByName("::1");
		Answer answer;
		try {
			answer = request(ipv6, this.port, "GET", "/api/events?limit=1", "inner:" + this.port, null,
					"X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https", "X-Forwarded-Prefix: /evil",
					"Forwarded: host=evil.example");
		}
		catch (IOException ex) {
			Assumptions.abort("no IPv6 loopback to reach the app from an untrusted address: " + ex);
			return;
		}
		assertThat(answer.header("Link")).startsWith("<http://inner:" + this.port + "/api/events?limit=1&cursor=");
		assertThat(answer.body).doesNotContain("evil");
	}

	private static Feed feed(Answer answer) throws Exception {
		assertThat(answer.status).isEqualTo(200);
		return (Feed) new WireFeedInput().build(new java.io.StringReader(answer.body));
	}

	private Answer proxied(String method, String path, String host, String json) throws IOException {
		return request(this.proxyPort, method, path, host, json);
	}

	private static Answer request(int port, String method, String path, String host, String json, String... headers)
			throws IOException {
		return request(InetAddress.getLoopbackAddress(), port, method, path, host, json, headers);
	}

	/** HTTP/1.0 by hand: the Host header is whatever the test says. */
	private static Answer request(InetAddress address, int port, String method, String path, String host, String json,
			String... headers) throws IOException {
		try (Socket socket = new Socket(address, port)) {
			socket.setSoTimeout(30_000);
			byte[] body = (json != null) ? json.getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: " + host + "\r\n");
			for (String header : headers) {
				head.append(header).append("\r\n");
			}
			if (json != null) {
				head.append("Authorization: ").append(ADMIN).append("\r\n");
				head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
			}
			head.append("Accept-Encoding: identity\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, String> fields = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				fields.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), fields, text.substring(end + 4));
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException("unreadable answer", ex));
		}
	}

	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	record DirectAnswer(EntityExchangeResult<String> response) {

		Answer answer() {
			Map<String, String> fields = new LinkedHashMap<>();
			this.response.getResponseHeaders()
				.forEach((name, values) -> fields.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
			return new Answer(this.response.getStatus().value(), fields, this.response.getResponseBody());
		}

	}

}
