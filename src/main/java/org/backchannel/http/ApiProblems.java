package org.backchannel.http;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The API's problem types and the problem documents shared by the places that answer an
 * API request with an error: the API's exception handler and Spring Security's entry
 * point and access-denied handler write the same {@link ProblemDetail} for the same
 * failure.
 */
public final class ApiProblems {

	public static final URI INVALID_PARAMETERS = URI.create("https://backchannel.example/problems/invalid-parameters");

	public static final URI NOT_FOUND = URI.create("https://backchannel.example/problems/not-found");

	public static final URI INTERNAL_ERROR = URI.create("https://backchannel.example/problems/internal-error");

	public static final URI UNAVAILABLE = URI.create("https://backchannel.example/problems/database-unavailable");

	public static final URI INVALID_INPUT = URI.create("https://backchannel.example/problems/invalid-input");

	public static final URI CONFLICT = URI.create("https://backchannel.example/problems/conflict");

	public static final URI PRECONDITION_FAILED = URI
		.create("https://backchannel.example/problems/precondition-failed");

	public static final URI UNSUPPORTED = URI.create("https://backchannel.example/problems/unsupported-request");

	public static final URI PRECONDITION_REQUIRED = URI
		.create("https://backchannel.example/problems/precondition-required");

	public static final URI SIGN_IN_REQUIRED = URI.create("https://backchannel.example/problems/sign-in-required");

	public static final URI FORBIDDEN = URI.create("https://backchannel.example/problems/forbidden");

	/** What the API's 401 asks for, in {@code WWW-Authenticate}. */
	public static final String BASIC_CHALLENGE = "Basic realm=\"Backchannel\"";

	private ApiProblems() {
	}

	/**
	 * The type of a problem only its status names (a body too large, say):
	 * {@code .../problems/content-too-large}.
	 */
	public static URI typeOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String name = (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "error";
		return URI.create("https://backchannel.example/problems/" + name);
	}

	/** A problem of this status, type, title and detail. */
	public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/** 401: the request needs an editor's or an admin's credentials. */
	public static ProblemDetail signInRequired(String detail) {
		return of(HttpStatus.UNAUTHORIZED, SIGN_IN_REQUIRED, "Sign-in required", detail);
	}

	/** 403: the account's role does not allow the request. */
	public static ProblemDetail forbidden(String detail) {
		return of(HttpStatus.FORBIDDEN, FORBIDDEN, "Not allowed", detail);
	}

}
