package org.backchannel.caching;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reading request keeps the data version it first read; a request that may write, and
 * code outside any request, read it afresh every time. (The shared context of the
 * read-only tests: moving the version only makes their caches miss.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataVersionTests {

	@Autowired
	DataVersion dataVersion;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void unbind() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aGetKeepsTheVersionItFirstReadForTheRestOfTheRequest() {
		bind("GET");
		long first = this.dataVersion.current();
		moveVersion();
		assertThat(this.dataVersion.current()).isEqualTo(first);
		bind("GET");
		assertThat(this.dataVersion.current()).as("the next request").isGreaterThan(first);
	}

	@Test
	void aPostAndCodeOutsideARequestReadTheVersionEveryTime() {
		bind("POST");
		long first = this.dataVersion.current();
		moveVersion();
		assertThat(this.dataVersion.current()).isGreaterThan(first);
		RequestContextHolder.resetRequestAttributes();
		long outside = this.dataVersion.current();
		moveVersion();
		assertThat(this.dataVersion.current()).isGreaterThan(outside);
	}

	private void bind(String method) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/events/any")));
	}

	private void moveVersion() {
		this.jdbc.sql("update event_data_version set version = version + 1").update();
	}

}
