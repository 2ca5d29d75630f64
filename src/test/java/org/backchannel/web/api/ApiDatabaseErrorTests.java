package org.backchannel.web.api;

import javax.sql.DataSource;

import org.backchannel.database.DatabaseFailures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's advice owns its database errors: a database that is away is a 503 with
 * Retry-After, any other database error the API's own problem+json 500 without the SQL,
 * and a concurrent write still the 409 it always was.
 */
class ApiDatabaseErrorTests {

	final ApiExceptionHandler handler = new ApiExceptionHandler(
			new StaticListableBeanFactory().getBeanProvider(DataSource.class));

	final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/events");

	@Test
	void aDatabaseErrorThatIsNotAnOutageIsAProblemDocumentWithoutTheSql() {
		ResponseEntity<ProblemDetail> answer = this.handler
			.handleDatabase(new DataIntegrityViolationException("insert into event violates check x"), this.request);
		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().getType().toString()).endsWith("/internal-error");
		assertThat(answer.getBody().getDetail()).doesNotContain("insert into");
	}

	@Test
	void aDatabaseOutOfReachIsA503WithRetryAfter() {
		ResponseEntity<ProblemDetail> answer = this.handler
			.handleDatabase(new DataAccessResourceFailureException("connection refused"), this.request);
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(DatabaseFailures.RETRY_AFTER);
		assertThat(answer.getBody().getType().toString()).endsWith("/database-unavailable");
	}

	@Test
	void aConcurrentWriteIsStillAConflict() {
		ProblemDetail problem = this.handler.handleConcurrentWrite(new OptimisticLockingFailureException("v"),
				this.request);
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getType().toString()).endsWith("/conflict");
	}

}
