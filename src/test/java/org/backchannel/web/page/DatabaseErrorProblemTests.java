package org.backchannel.web.page;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A page's database error that is not an outage goes on to the 500 page; the API's is its
 * advice's (see {@code ApiDatabaseErrorTests}).
 */
class DatabaseErrorProblemTests {

	final DatabaseOutageHandler handler = new DatabaseOutageHandler(
			new StaticListableBeanFactory().getBeanProvider(DataSource.class));

	@Test
	void aPageRequestGoesOnToTheErrorPage() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.handler.handleDataAccess(new DataIntegrityViolationException("x"),
					new MockHttpServletRequest("GET", "/events/x"), new MockHttpServletResponse()));
	}

}
