package org.backchannel.web.api;

import org.backchannel.http.PreconditionFailedException;
import org.backchannel.http.PreconditionRequiredException;

import java.net.URI;

import org.backchannel.model.InUseException;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.StaleVersionException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's write errors as RFC 9457 problem+json: each invalid field named with its
 * message (the same messages the admin forms show), conflicts as 409, a missing If-Match
 * as 428.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RestControllerAdvice(basePackageClasses = WriteApiExceptionHandler.class)
class WriteApiExceptionHandler {

	static final URI INVALID_INPUT = URI.create("https://backchannel.example/problems/invalid-input");

	static final URI CONFLICT = URI.create("https://backchannel.example/problems/conflict");

	static final URI PRECONDITION_FAILED = URI.create("https://backchannel.example/problems/precondition-failed");

	static final URI PRECONDITION_REQUIRED = URI.create("https://backchannel.example/problems/precondition-required");

	@ExceptionHandler
	ProblemDetail handleInvalidInput(InvalidInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.getErrors()
					.entrySet()
					.stream()
					.map((error) -> error.getKey() + " " + error.getValue())
					.reduce((a, b) -> a + " " + b)
					.orElse(""));
		problem.setType(INVALID_INPUT);
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				ex.getErrors()
					.entrySet()
					.stream()
					.map((error) -> java.util.Map.of("field", error.getKey(), "message", error.getValue()))
					.toList());
		return problem;
	}

	/** If-Match names none of the current tags: 412, naming the tag to read again. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handlePreconditionFailed(PreconditionFailedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setType(PRECONDITION_FAILED);
		problem.setTitle("Precondition failed");
		problem.setProperty("currentETag", ex.getCurrentETag());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.eTag(ex.getCurrentETag())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The If-Match check passed but someone wrote between it and this write: the
	 * precondition failed all the same.
	 */
	@ExceptionHandler
	ProblemDetail handleStale(StaleVersionException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"The record was changed by someone else meanwhile. Read it again and apply your change to what it "
						+ "is now.");
		problem.setType(PRECONDITION_FAILED);
		problem.setTitle("Precondition failed");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail handleConcurrentWrite(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The record was changed by someone else at the same moment. Reload it and apply your change again.");
		problem.setType(CONFLICT);
		problem.setTitle("Edit conflict");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail handleInUse(InUseException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(CONFLICT);
		problem.setTitle("Still in use");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail handlePreconditionRequired(PreconditionRequiredException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
		problem.setType(PRECONDITION_REQUIRED);
		problem.setTitle("If-Match required");
		return problem;
	}

}
