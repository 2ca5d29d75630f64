package org.backchannel.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request Tomcat or Spring Security's firewall refuses before any controller gets:
 * a bad request line, a request target with invalid characters or escapes, an illegal
 * header, a double slash, a semicolon, an encoded slash or NUL. Each is a 400 carrying
 * the same security headers as every page, with a short body of the app's (a problem+json
 * on the API), never Tomcat's own page. Sent over a raw socket: no client library would
 * send them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

	static final List<String> PAGE_TARGETS = List.of("/%", "/?a=%ZZ", "/a%", "/events/%zz", "/%00", "//", "/events//x",
			"/events;x=1", "/events%2Fx", "/events%252Fx", "/%2e%2e/etc", "/\\", "/%5C", "/a{b}", "/a|b");

	@LocalServerPort
	int port;

	@Test
	void refusedRequestTargetsAreFourHundredsWithTheSecurityHeaders() throws IOException {
		for (String target : PAGE_TARGETS) {
			assertRefused(target, get(target, "text/html"), false);
		}
		for (String target : List.of("/api/events?limit=%ZZ", "/api/%", "/api//events", "/api/events;x=1",
				"/api/events%2F1", "/api/events?cursor=%FF")) {
			assertRefused(target, get(target, "application/json"), true);
		}
	}

	@Test
	void aBadRequestLineOrHeaderIsRefusedTheSameWay() throws IOException {
		assertRefused("a request line with a fourth part",
				send("GET / HTTP/1.1 extra\r\nHost: localhost\r\nConnection: close\r\n\r\n"), false);
		assertRefused("a header name with a space",
				send("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n"), false);
		assertRefused("a host with a space", send("GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n"), false);
	}

	private String get(String target, String accept) throws IOException {
		return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
				+ "\r\nConnection: close\r\n\r\n");
	}

	private static void assertRefused(String what, String response, boolean api) {
		assertThat(response).as(what).startsWith("HTTP/1.1 400");
		assertThat(header(response, "Content-Security-Policy")).as(what).contains("default-src 'self'");
		assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
		assertThat(header(response, "Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(response, "Permissions-Policy")).as(what).contains("camera=()");
		assertThat(header(response, "Content-Type")).as(what)
			.startsWith(api ? "application/problem+json" : "text/html");
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		assertThat(body).as(what).doesNotContain("Apache Tomcat").doesNotContain("\"timestamp\"");
		assertThat(body).as(what).contains(api ? "\"status\":400" : "Error 400");
	}

	String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			in.transferTo(read);
			return read.toString(StandardCharsets.UTF_8);
		}
	}

	static String header(String response, String name) {
		for (String line : response.split("\r\n")) {
			if (line.isEmpty()) {
				break;
			}
			if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
				return line.substring(name.length() + 1).strip();
			}
		}
		return null;
	}

}
