package org.backchannel.web.page;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database error that is not an outage answers the API with its own problem+json 500,
 * never the servlet container's JSON; a page's goes on to the 500 page.
 */
class DatabaseErrorProblemTests {

	final JsonMapper json = JsonMapper.builder().build();

	final DatabaseOutageHandler handler = new DatabaseOutageHandler(
			new StaticListableBeanFactory().getBeanProvider(DataSource.class), this.json);

	@Test
	void anApiRequestGetsAProblemDocumentWithoutTheSql() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.handler.handleDataAccess(new DataIntegrityViolationException("insert into event violates check x"),
				new MockHttpServletRequest("GET", "/api/events"), response);
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(body.get("type").asString()).endsWith("/internal-error");
		assertThat(body.get("title").asString()).isEqualTo("Internal error");
		assertThat(response.getContentAsString()).doesNotContain("insert into");
	}

	@Test
	void aPageRequestGoesOnToTheErrorPage() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.handler.handleDataAccess(new DataIntegrityViolationException("x"),
					new MockHttpServletRequest("GET", "/events/x"), new MockHttpServletResponse()));
	}

}
