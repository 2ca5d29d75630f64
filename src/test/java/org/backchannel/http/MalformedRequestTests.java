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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=malformed-requests")
class MalformedRequestTests {

	static final List<String> PAGE_TARGETS = List.of("/%", "/?a=%ZZ", "/a%", "/events/%zz", "/%00", "//", "/events//x",
			"/events;x=1", "/events%2Fx", "/events%252Fx", "/%2e%2e/etc", "/\\", "/%5C", "/a{b}", "/a|b");

	@LocalServerPort
	int port;

	@Test
	void refusedRequestTargetsAreFourHundredsWithTheSecurityHeaders() throws IOException {
		for (String target : PAGE_TARGETS) {
			String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			System.out.println("=== " + target + "\n" + response);
		}
		for (String target : List.of("/api/events?limit=%ZZ", "/api/%", "/api//events", "/api/events;x=1")) {
			String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			System.out.println("=== " + target + "\n" + response);
		}
		String badLine = send("GET / HTTP/1.1 extra\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		System.out.println("=== bad line\n" + badLine);
		String badHeader = send("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n");
		System.out.println("=== bad header\n" + badHeader);
		String badHost = send("GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
		System.out.println("=== bad host\n" + badHost);
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
