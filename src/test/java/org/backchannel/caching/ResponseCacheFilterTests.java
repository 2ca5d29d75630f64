package org.backchannel.caching;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ResponseCacheFilterTests {

	final DataVersion version = mock(DataVersion.class);

	final ResponseCacheFilter filter = new ResponseCacheFilter(this.version, new VersionedCache<>(10), 100,
			(request) -> Optional.of(cachedResponse()));

	final AtomicInteger produced = new AtomicInteger();

	@Test
	void aSmallResponseIsKeptUntilTheVersionMoves() throws Exception {
		given(this.version.current(any(HttpServletRequest.class))).willReturn(1L);
		assertThat(get("/api/events", 50).getContentAsString()).hasSize(50);
		MockHttpServletResponse again = get("/api/events", 50);
		assertThat(again.getContentAsString()).hasSize(50);
		assertThat(again.getHeader("X-Produced")).as("the header set while producing it").isEqualTo("1");
		assertThat(this.produced).hasValue(1);
		given(this.version.current(any(HttpServletRequest.class))).willReturn(2L);
		get("/api/events", 50);
		assertThat(this.produced).hasValue(2);
	}

	@Test
	void aLargeResponseIsServedButNotKept() throws Exception {
		given(this.version.current(any(HttpServletRequest.class))).willReturn(1L);
		assertThat(get("/api/events", 500).getContentAsString()).hasSize(500);
		assertThat(get("/api/events", 500).getContentAsString()).hasSize(500);
		assertThat(this.produced).hasValue(2);
	}

	@Test
	void aFailureIsNotKept() throws Exception {
		given(this.version.current(any(HttpServletRequest.class))).willReturn(1L);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/events/nothing");
		MockHttpServletResponse response = new MockHttpServletResponse();
		HttpServlet notFound = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				ResponseCacheFilterTests.this.produced.incrementAndGet();
				res.setStatus(404);
			}
		};
		this.filter.doFilter(request, response, new MockFilterChain(notFound));
		this.filter.doFilter(new MockHttpServletRequest("GET", "/events/nothing"), new MockHttpServletResponse(),
				new MockFilterChain(notFound));
		assertThat(this.produced).hasValue(2);
	}

	@Test
	void onABusySiteTheReaderWhoWouldRebuildIsAnsweredWithThePreviousAnswerBeforeTheRebuild() throws Exception {
		ResponseCacheFilter busy = new ResponseCacheFilter(this.version, new VersionedCache<>(10), 100,
				(request) -> Optional.of(cachedResponse()), null, 0);
		given(this.version.current(any(HttpServletRequest.class))).willReturn(1L);
		MockHttpServletResponse first = new MockHttpServletResponse();
		busy.doFilter(get(), first, new MockFilterChain(writing("first", null)));
		assertThat(first.getContentAsString()).isEqualTo("first");
		given(this.version.current(any(HttpServletRequest.class))).willReturn(2L);
		MockHttpServletResponse second = new MockHttpServletResponse();
		MockHttpServletResponse[] seenByTheRebuild = { second };
		busy.doFilter(get(), second, new MockFilterChain(writing("second", seenByTheRebuild)));
		assertThat(second.getContentAsString()).isEqualTo("first");
		assertThat(second.getHeader("Connection")).isEqualTo("close");
		assertThat(seenByTheRebuild[0]).as("the answer was complete when the rebuild ran").isNull();
		MockHttpServletResponse third = new MockHttpServletResponse();
		busy.doFilter(get(), third, new MockFilterChain(writing("third", null)));
		assertThat(third.getContentAsString()).as("the rebuilt answer").isEqualTo("second");
		assertThat(third.getHeader("X-Produced")).isEqualTo("second");
		assertThat(third.getHeader("Connection")).isNull();
	}

	private static MockHttpServletRequest get() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/events");
		request.setProtocol("HTTP/1.1");
		return request;
	}

	/**
	 * A handler writing {@code body}; if {@code answered} holds a response, it is cleared
	 * when that response holds the whole previous answer at the time the handler runs,
	 * and the handler's own response is not that one.
	 */
	private static HttpServlet writing(String body, MockHttpServletResponse[] answered) {
		return new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
				if (answered != null && answered[0].getContentAsString().equals("first") && res != answered[0]) {
					answered[0] = null;
				}
				res.setContentType("application/json");
				res.setHeader("X-Produced", body);
				res.getOutputStream().write(body.getBytes());
			}
		};
	}

	private MockHttpServletResponse get(String path, int size) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
				int count = ResponseCacheFilterTests.this.produced.incrementAndGet();
				res.setContentType("application/json");
				res.setHeader("X-Produced", Integer.toString(count));
				res.getOutputStream().write("x".repeat(size).getBytes());
			}
		};
		this.filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain(servlet));
		return response;
	}

	/** The annotation of a handler marked {@code @CachedResponse}. */
	static CachedResponse cachedResponse() {
		try {
			return ResponseCacheFilterTests.class.getDeclaredMethod("handler").getAnnotation(CachedResponse.class);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@CachedResponse
	static void handler() {
	}

}
