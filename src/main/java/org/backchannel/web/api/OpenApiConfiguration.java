package org.backchannel.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document at /v3/api-docs: its description and HTTP Basic for the
 * writes, and the wording the controllers' annotations share. The event filters are added
 * by {@link EventFilterParameters}, the errors every endpoint may answer by
 * {@link OpenApiCommonResponses}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	/** The security scheme the write operations require. */
	public static final String BASIC_AUTH = "basicAuth";

	// Error descriptions shared by the write operations; OpenApiCommonResponses adds
	// their
	// bodies.

	public static final String INVALID_INPUT = "Invalid input: errors[] names each bad field (a path such as "
			+ "participants[0].actor, or If-Match) with its message. Unknown and mistyped fields are refused.";

	public static final String NEEDS_EDITOR = "Signed in, but without the EDITOR role";

	public static final String NEEDS_ADMIN = "Signed in, but without the ADMIN role";

	public static final String STALE = "Precondition failed: the record changed since the ETag in If-Match (currentETag "
			+ "and the ETag header give the one it has now). Read it again and apply your change to it.";

	public static final String IF_MATCH_MISSING = "If-Match is missing: send the ETag of the record as you read it";

	public static final String IF_MATCH_REQUIRED = "The ETag of the record as you last read or wrote it (a GET, a HEAD or "
			+ "the answer to a write give the same one), several separated by commas, or * for whatever it is now. "
			+ "Required: missing is a 428, one that is no longer current a 412.";

	/** A tag with its quotes: springdoc reads an example as JSON when it can. */
	public static final String IF_MATCH_EXAMPLE = "\"\\\"v3-5d41402abc4b2a76b971\\\"\"";

	public static final String ETAG = "The record's entity tag: send it as If-Match with the next change";

	@Bean
	OpenAPI backchannelOpenApi() {
		return new OpenAPI().info(new Info().title("Backchannel API")
			.version("1")
			.description("Data on US–Russia diplomatic contacts on the war in Ukraine (Rubio–Lavrov): "
					+ "events, actors, proposals and the sources every fact cites. Reading is public. "
					+ "Responses carry an ETag: send it back in If-None-Match for a 304. Errors are RFC 9457 "
					+ "application/problem+json. CORS is open for GET. "
					+ "Every fact cites its source: see /api/sources/{id}. Writes use HTTP Basic: EDITOR to "
					+ "create and update (new events are drafts), ADMIN to publish, restore and delete; an "
					+ "update, publish or delete sends the ETag of its last read in If-Match. GET /api/changes tells a copy what to "
					+ "fetch again."))
			.components(new Components().addSecuritySchemes(BASIC_AUTH,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("A Backchannel account; the role decides what it may write")));
	}

}
