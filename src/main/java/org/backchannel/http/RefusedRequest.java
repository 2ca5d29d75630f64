package org.backchannel.http;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused before any controller saw it (a body too large or too slow, too many
 * reads, no sign-in): its problem document and headers, for the API's advice to render
 * ({@link Refusals}).
 */
public class RefusedRequest extends ErrorResponseException {

	/**
	 * @param type the problem type; {@code null} for the one its status names
	 */
	public RefusedRequest(HttpStatus status, URI type, String title, String detail) {
		this(problem(status, type, title, detail));
	}

	public RefusedRequest(ProblemDetail problem) {
		super(HttpStatus.valueOf(problem.getStatus()), problem, null);
	}

	private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType((type != null) ? type : ApiProblems.typeOf(status));
		return problem;
	}

}
