package org.backchannel.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A real HTTP server on the loopback interface (okhttp's MockWebServer) serving feeds and
 * pages by path, each answer made fresh for each request, and keeping every request it
 * got.
 */
final class FeedServer implements AutoCloseable {

	private final MockWebServer server = new MockWebServer();

	private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();

	private final java.util.List<RecordedRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

	FeedServer() throws IOException {
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				FeedServer.this.requests.add(request);
				String path = request.getUrl().encodedPath();
				Function<RecordedRequest, MockResponse> route = FeedServer.this.routes.get(path);
				return (route != null) ? route.apply(request) : new MockResponse.Builder().code(404).build();
			}

		});
		this.server.start(java.net.InetAddress.getLoopbackAddress(), 0);
	}

	String base() {
		String url = this.server.url("/").toString();
		return url.substring(0, url.length() - 1);
	}

	String url(String path) {
		return base() + path;
	}

	FeedServer route(String path, Function<RecordedRequest, MockResponse> answer) {
		this.routes.put(path, answer);
		return this;
	}

	/** A test resource with {base} replaced by this server's address, in UTF-8. */
	String resource(String name) {
		return new String(bytes(name, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	/** A test resource's bytes in the given charset, {base} replaced. */
	byte[] bytes(String name, Charset charset) {
		try (InputStream in = FeedServer.class.getResourceAsStream("/watch/" + name)) {
			String text = new String(in.readAllBytes(), charset);
			return text.replace("{base}", base()).getBytes(charset);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static MockResponse ok(String body, String type) {
		return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(body).build();
	}

	static MockResponse ok(byte[] body, String type) {
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", type)
			.body(new Buffer().write(body))
			.build();
	}

	java.util.List<RecordedRequest> requests(String path) {
		return this.requests.stream().filter((r) -> r.getUrl().encodedPath().equals(path)).toList();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
