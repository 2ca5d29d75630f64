package org.backchannel.caching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rebuild after the answer writes is kept, and nothing of it reaches the response
 * already sent.
 */
class DetachedResponseTests {

	final MockHttpServletResponse sent = new MockHttpServletResponse();

	final DetachedResponse detached = new DetachedResponse(this.sent);

	@Test
	void headersStatusAndBodyAreKeptAndNothingIsSent() throws Exception {
		this.detached.setStatus(404);
		this.detached.setHeader("ETag", "\"one\"");
		this.detached.setHeader("etag", "\"two\"");
		this.detached.addHeader("Vary", "Accept");
		this.detached.addHeader("vary", "HX-Request");
		this.detached.setContentType("text/html;charset=UTF-8");
		this.detached.getWriter().write("Сергей Лавров");
		assertThat(this.detached.getStatus()).isEqualTo(404);
		assertThat(this.detached.getHeaders("ETag")).containsExactly("\"two\"");
		assertThat(this.detached.getHeaders("VARY")).containsExactly("Accept", "HX-Request");
		assertThat(this.detached.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(new String(this.detached.body(), StandardCharsets.UTF_8)).isEqualTo("Сергей Лавров");
		assertThat(this.sent.getHeaderNames()).isEmpty();
		assertThat(this.sent.getContentAsByteArray()).isEmpty();
		assertThat(this.sent.getStatus()).isEqualTo(200);
		assertThat(this.detached.isCommitted()).isFalse();
	}

	@Test
	void aCharsetSetAfterTheTypeAppliesToTheWriter() throws Exception {
		this.detached.setContentType("application/json");
		this.detached.setCharacterEncoding("UTF-8");
		this.detached.getWriter().write("«»");
		assertThat(this.detached.getContentType()).isEqualTo("application/json;charset=UTF-8");
		assertThat(this.detached.body()).isEqualTo("«»".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aCookieOrAResetIsNoticed() throws Exception {
		this.detached.getOutputStream().write("partial".getBytes());
		this.detached.setHeader("X-Any", "1");
		this.detached.reset();
		assertThat(this.detached.body()).isEmpty();
		assertThat(this.detached.getHeaderNames()).isEmpty();
		assertThat(this.detached.cookieSet()).isFalse();
		this.detached.addCookie(new Cookie("SESSION", "x"));
		assertThat(this.detached.cookieSet()).isTrue();
		assertThat(this.sent.getCookies()).isEmpty();
	}

	@Test
	void aWriteListenerMayWriteAtOnceAndWhatItWritesIsKept() throws Exception {
		ServletOutputStream out = this.detached.getOutputStream();
		out.setWriteListener(new WriteListener() {

			@Override
			public void onWritePossible() throws IOException {
				out.write("written when told".getBytes(StandardCharsets.UTF_8));
			}

			@Override
			public void onError(Throwable failure) {
				throw new AssertionError(failure);
			}

		});
		assertThat(new String(this.detached.body(), StandardCharsets.UTF_8)).isEqualTo("written when told");
		assertThat(this.sent.getContentAsByteArray()).isEmpty();
	}

}
