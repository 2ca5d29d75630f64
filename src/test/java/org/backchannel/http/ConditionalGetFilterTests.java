package org.backchannel.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tag a body gets: the same for the same bytes, another for any change, and the same
 * for a HEAD as for its GET.
 */
class ConditionalGetFilterTests {

	private final ConditionalGetFilter filter = new ConditionalGetFilter();

	@Test
	void theSameBodyGetsTheSameStrongTagAndAnyChangedByteAnotherOne() throws Exception {
		String page = "<p>Rubio and Lavrov spoke by phone on 15 March 2025.</p>".repeat(400);
		String tag = tagOf("GET", page);

		assertThat(tag).matches("\"[0-9a-f]{16}\"");
		assertThat(tagOf("GET", page)).isEqualTo(tag);
		assertThat(tagOf("GET", page.replace("15 March", "16 March"))).isNotEqualTo(tag);
		assertThat(tagOf("GET", page.substring(0, page.length() - 1) + "!")).isNotEqualTo(tag);
		assertThat(tagOf("GET", page + " ")).isNotEqualTo(tag);
	}

	@Test
	void aHeadGetsTheTagOfItsGet() throws Exception {
		assertThat(tagOf("HEAD", "<p>the same page</p>")).isEqualTo(tagOf("GET", "<p>the same page</p>"));
	}

	private String tagOf(String method, String body) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/events");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
				res.setContentType("text/html");
				res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			}
		}));
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getHeader("ETag");
	}

}
