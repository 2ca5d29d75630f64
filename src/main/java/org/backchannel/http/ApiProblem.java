package org.backchannel.http;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of every API error (RFC 9457), for the OpenAPI document; the handlers build
 * it as a {@link org.springframework.http.ProblemDetail}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document")
public record ApiProblem(
		@Schema(description = "Identifies the kind of problem",
				example = "https://backchannel.example/problems/invalid-parameters") String type,
		@Schema(description = "Short summary of the kind of problem",
				example = "Invalid query parameters") String title,
		@Schema(description = "HTTP status", example = "400") int status,
		@Schema(description = "What went wrong in this request",
				example = "'type' must be one of PHONE_CALL, MEETING, SUMMIT, NEGOTIATION_ROUND, STATEMENT, APPOINTMENT, MILITARY_ACTION, OTHER.") String detail,
		@Schema(description = "The request path", example = "/api/events") String instance,
		@Schema(description = "For invalid parameters or input: each bad parameter or field and why",
				requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<ParameterError> errors,
		@Schema(description = "For an edit conflict: the version the record has now", example = "4",
				requiredMode = Schema.RequiredMode.NOT_REQUIRED) Long currentVersion,
		@Schema(description = "For a failed precondition (412): the ETag the record has now, to read it again",
				example = "\"v4-5d41402abc4b2a76b971\"",
				requiredMode = Schema.RequiredMode.NOT_REQUIRED) String currentETag) {

	/** A read names the query parameter, a write the body field (or If-Match). */
	@Schema(name = "ParameterError")
	record ParameterError(
			@Schema(description = "The query parameter, in errors of a read", example = "type",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) String parameter,
			@Schema(description = "The body field as a path, or If-Match, in errors of a write",
					example = "participants[0].actor", requiredMode = Schema.RequiredMode.NOT_REQUIRED) String field,
			@Schema(example = "'type' must be one of PHONE_CALL, MEETING, ...") String message) {
	}

}
