package org.backchannel.web.page;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backchannel.http.Refusals;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database freezes while a request is being answered: before anything is sent the
 * client gets the outage answer; once the whole answer is on its way, the session store's
 * last write failing does not cut it off.
 */
class DatabaseOutageFilterTests {

	final StaticListableBeanFactory beans = new StaticListableBeanFactory();

	final DatabaseOutageFilter outage = new DatabaseOutageFilter(
			new Refusals(this.beans.getBeanProvider(HandlerExceptionResolver.class)),
			this.beans.getBeanProvider(ThymeleafViewResolver.class), this.beans.getBeanProvider(DataSource.class));

	final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin");

	final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aPageSentInFullIsFinishedWhenTheSessionCannotBeSavedAfterIt() throws Exception {
		run(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.getWriter().write("<h1>Admin</h1>");
				response.flushBuffer();
			}
		}, sessionStoreFailingAfterTheAnswer());

		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentAsString()).isEqualTo("<h1>Admin</h1>");
	}

	@Test
	void anAnswerCutOffMidwayStillFailsSoTheClientSeesItIncomplete() {
		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(() -> run(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.getWriter().write("<h1>Adm");
				response.flushBuffer();
				throw new DataAccessResourceFailureException("the database froze mid-page");
			}
		}));
	}

	@Test
	void aFailureBeforeAnythingWasSentGetsTheOutageAnswer() throws Exception {
		run(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				throw new DataAccessResourceFailureException("the database froze before the page");
			}
		});

		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getHeader("Retry-After")).isNotBlank();
	}

	/** The chain as deployed: the outage filter, the session store, then the marker. */
	private void run(HttpServlet servlet, Filter... sessionStore) throws Exception {
		Filter[] filters = new Filter[sessionStore.length + 2];
		filters[0] = this.outage;
		System.arraycopy(sessionStore, 0, filters, 1, sessionStore.length);
		filters[filters.length - 1] = new DatabaseOutageFilter.AnswerComplete();
		new MockFilterChain(servlet, filters).doFilter(this.request, this.response);
	}

	/** Like Spring Session's filter: saves the session after the chain returns. */
	private static Filter sessionStoreFailingAfterTheAnswer() {
		return (request, response, chain) -> {
			chain.doFilter(request, response);
			throw new DataAccessResourceFailureException("Unable to commit against JDBC Connection");
		};
	}

}
