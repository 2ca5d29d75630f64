package org.backchannel.http;

import org.backchannel.testing.Http;
import org.backchannel.testing.TestAdmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send a body slowly (the start of it, then nothing) hold no thread a reader
 * needs: a body is read only once its sender has signed in (or for the sign-in form),
 * within a deadline and a few at a time per client; a body the app never reads is not
 * drained. Raw sockets, since no HTTP client sends half a body on purpose. Tagged
 * {@code alone}: its time limits are the app's own, so it runs alone, after the other ITs
 * (see pom.xml).
 */
@Tag("alone")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=concurrency", "backchannel.request-body.deadline=2s",
				"backchannel.request-body.read-timeout=1s" })
class SlowRequestBodyIT {

	static final String ADMIN = TestAdmin.BASIC;

	static final List<String> READS = List.of("/", "/api/events?limit=5", "/actuator/health/liveness");

	@LocalServerPort
	int port;

	final List<Socket> sockets = new ArrayList<>();

	@AfterEach
	void closeSockets() {
		for (Socket socket : this.sockets) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// already closed by the server
			}
		}
	}

	@Test
	void twoHundredFiftySlowBodiesLeaveReadersServed() throws Exception {
		RestTestClient web = Http.client(this.port);
		for (String path : READS) {
			web.get().uri(path).exchange().expectStatus().isOk();
		}
		List<Socket> anonymous = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			anonymous.add(send("POST /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n"));
		}
		for (int i = 0; i < 60; i++) {
			anonymous.add(send("POST /api/sources HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 5000\r\n\r\n{\"title\":"));
		}
		for (int i = 0; i < 50; i++) {
			anonymous.add(send("POST /admin/events/new HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000\r\n\r\ntitle=a"));
		}
		List<Socket> signingIn = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			signingIn.add(send("POST /login HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nusername=war"));
		}
		for (int i = 0; i < 10; i++) {
			for (String path : READS) {
				long start = System.nanoTime();
				EntityExchangeResult<String> response = web.get().uri(path).exchange().returnResult(String.class);
				assertThat(response.getStatus().value()).as(path).isEqualTo(200);
				assertThat((System.nanoTime() - start) / 1_000_000).as("ms for %s", path).isLessThan(3000);
			}
		}
		for (Socket socket : anonymous) {
			assertThat(statusLine(socket)).as("a body never read: answered at once")
				.matches("HTTP/1.1 (401|403|302) .*");
			assertThat(closedByServer(socket)).as("and the connection closed, not drained").isTrue();
		}
		List<String> signIns = new ArrayList<>();
		for (Socket socket : signingIn) {
			signIns.add(statusLine(socket));
		}
		assertThat(signIns).as("a few sign-in bodies read per client, each within the deadline; the rest refused")
			.allMatch((line) -> line.matches("HTTP/1.1 (408|429) .*"))
			.anyMatch((line) -> line.startsWith("HTTP/1.1 429"))
			.anyMatch((line) -> line.startsWith("HTTP/1.1 408"));
	}

	@Test
	void aSignedInWritersSlowBodyIsCutOffAtTheDeadline() throws Exception {
		long start = System.nanoTime();
		Socket socket = send("POST /api/sources HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
				+ "\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"title\":\"slow");
		OutputStream out = socket.getOutputStream();
		for (int i = 0; i < 6 && !socket.isClosed(); i++) {
			Thread.sleep(500);
			try {
				out.write('x');
				out.flush();
			}
			catch (IOException ex) {
				break;
			}
		}
		assertThat(statusLine(socket)).startsWith("HTTP/1.1 408");
		assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the answer").isLessThan(5000);
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedOnceTheLimitIsPassed() throws Exception {
		Socket socket = send("POST /api/sources HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
				+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
		OutputStream out = socket.getOutputStream();
		byte[] chunk = ("100000\r\n" + "a".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
		try {
			out.write(chunk);
			out.write(chunk);
			out.flush();
		}
		catch (IOException ex) {
			// the server may close once it has refused the body
		}
		assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
	}

	@Test
	void aMultipartBodyIsRefusedUnreadWhoeverSendsIt() throws Exception {
		Socket socket = send("POST /api/sources HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
				+ "\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n--x\r\n\r\n");
		assertThat(statusLine(socket)).startsWith("HTTP/1.1 415");
	}

	private Socket send(String head) throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		socket.setSoTimeout(8000);
		this.sockets.add(socket);
		socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
		socket.getOutputStream().flush();
		return socket;
	}

	private static String statusLine(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) >= 0 && c != '\n') {
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	/** Whether the server closes the connection once its answer is read. */
	private static boolean closedByServer(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[8192];
		try {
			while (in.read(buffer) >= 0) {
				// the rest of the answer
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
