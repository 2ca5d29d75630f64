package org.backchannel.web.api;

import org.backchannel.http.ApiPaths;
import org.backchannel.http.ApiProblem;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import static org.backchannel.web.api.OpenApiConfiguration.BASIC_AUTH;
import static org.backchannel.web.api.OpenApiSchemas.string;
import static org.backchannel.web.api.OpenApiSchemas.typed;

/**
 * Every status and header the server sends, added to every operation it applies to:
 * problem+json for 400 (bad parameters), 404 (unknown slugs or ids), 406 (an Accept the
 * operation cannot serve), 409 (a write that crossed another), 413 and 415 (a body too
 * large or not JSON), 500, and under /api/ 429 and 503 with Retry-After; a write also 401
 * without valid credentials. Every GET answers with an ETag and Cache-Control and 304 to
 * a current If-None-Match. Public operations say that anonymous access is allowed
 * ({@code security: [{}]}). Errors an operation declares with only a description get
 * their body here.
 */
@Component
class OpenApiCommonResponses implements OpenApiCustomizer {

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	/** The reads a client may send only so often (see ExpensiveReadRateLimitFilter). */
	private static final Set<String> EXPENSIVE = Set.of("/api/events", "/api/events.csv", ApiPaths.FEED,
			ApiPaths.CALENDAR);

	private static final String TOO_MANY = "Too many expensive reads (searches, several actors, exports) from "
			+ "this client in the period: wait as Retry-After says";

	private static final String GET_ETAG = "A strong entity tag of this answer: send it in If-None-Match for a 304 "
			+ "(and for a record, in If-Match with a change)";

	private static final String CACHE_CONTROL = "public, max-age=60, must-revalidate for anonymous reads; "
			+ "private, no-store when signed in";

	private static Header header(String description, Schema<?> schema) {
		return new Header().description(description).schema(schema);
	}

	private static Header retryAfter() {
		return header("Seconds to wait before trying again", typed("integer")).required(true);
	}

	/** The responses in the order of their status codes. */
	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		return sorted;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(content(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, PROBLEM_REF));
	}

	/**
	 * Errors are declared by their description; their body is set here. Springdoc gives
	 * such a declaration the method's return type, which an error never has.
	 */
	private static void errorBody(String status, ApiResponse response) {
		String mediaType = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
		String ref = PROBLEM_REF;
		MediaType declared = (response.getContent() != null) ? response.getContent().get(mediaType) : null;
		if (declared == null || declared.getSchema() == null || !ref.equals(declared.getSchema().get$ref())) {
			response.setContent(content(mediaType, ref));
		}
	}

	private static Content content(String mediaType, String schemaRef) {
		return new Content().addMediaType(mediaType, new MediaType().schema(new Schema<>().$ref(schemaRef)));
	}

	@Override
	public void customise(OpenAPI openApi) {
		// added here, last, so that springdoc's pruning of unreferenced schemas keeps
		// them
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		ModelConverters.getInstance(true)
			.readAll(new AnnotatedType(ApiProblem.class))
			.forEach(openApi.getComponents()::addSchemas);
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean get = method == PathItem.HttpMethod.GET;
			boolean api = path.startsWith("/api/");
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			boolean hasQuery = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch((parameter) -> "query".equals(parameter.getIn()));
			if (hasQuery || path.contains("{")) {
				responses.putIfAbsent("400", problem("A parameter is invalid; the problem names it and says why"));
			}
			if (path.contains("{")) {
				responses.putIfAbsent("404", problem("Nothing published under this slug or id"));
			}
			boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
					&& operation.getSecurity().stream().noneMatch(SecurityRequirement::isEmpty);
			if (secured || responses.containsKey("401")) {
				responses.put("401",
						new ApiResponse()
							.description((responses.get("401") != null) ? responses.get("401").getDescription()
									: "No valid credentials: sign in with HTTP Basic")
							.addHeaderObject("WWW-Authenticate",
									new Header().description("The scheme to use: Basic").schema(string())));
			}
			if (!secured) {
				// public: an empty list of requirements, said explicitly (Swagger UI
				// then shows no lock: the lock is for writes), or anonymous or signed in
				// where the operation shows editors more
				operation.setSecurity(responses.containsKey("401")
						? List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC_AUTH))
						: List.of());
			}
			ApiResponse created = responses.get("201");
			if (created != null && created.getHeaders() != null && created.getHeaders().get("Location") != null) {
				created.getHeaders().get("Location").setRequired(true);
			}
			if (get) {
				ApiResponse ok = responses.get("200");
				if (ok != null) {
					ok.addHeaderObject("ETag", header(GET_ETAG, string()));
					ok.addHeaderObject("Cache-Control", header(CACHE_CONTROL, string()));
				}
				responses.putIfAbsent("304",
						new ApiResponse().description("Not modified: the tag in If-None-Match is still current")
							.addHeaderObject("ETag", header(GET_ETAG, string()))
							.addHeaderObject("Cache-Control", header(CACHE_CONTROL, string())));
				responses.putIfAbsent("406", problem("None of the types in Accept can be served"));
			}
			else {
				responses.putIfAbsent("409",
						problem("Edit conflict: someone changed the record at the same moment; read it again"));
			}
			if (operation.getRequestBody() != null) {
				responses.putIfAbsent("413",
						problem("The body is larger than the server accepts (backchannel.max-request-size)"));
				responses.putIfAbsent("415", problem("The body is not sent as application/json"));
			}
			boolean expensive = get && EXPENSIVE.contains(path);
			if (expensive && api) {
				responses.putIfAbsent("429", problem(TOO_MANY).addHeaderObject("Retry-After", retryAfter()));
			}
			responses.putIfAbsent("500", problem("Something went wrong on our side"));
			if (api) {
				responses.putIfAbsent("503", problem("The database is out of reach for a moment; nothing was changed")
					.addHeaderObject("Retry-After", retryAfter()));
			}
			responses.forEach((status, response) -> {
				if (status.matches("[45]\\d\\d")) {
					errorBody(status, response);
				}
			});
			if (expensive && !api) {
				// the exports' rate limit answers with the error page, not
				// problem+json
				responses.putIfAbsent("429",
						new ApiResponse().description(TOO_MANY).addHeaderObject("Retry-After", retryAfter()));
			}
			operation.setResponses(sorted(responses));
		}));
	}

}
