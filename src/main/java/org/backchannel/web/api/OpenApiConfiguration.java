package org.backchannel.web.api;

import org.backchannel.http.ApiPaths;

import org.backchannel.http.ApiProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.backchannel.event.EventSearchParams;
import org.backchannel.event.Channel;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * The OpenAPI 3.1 document at /v3/api-docs: the event filters described once for every
 * endpoint that takes them, the errors every endpoint may answer, and HTTP Basic for the
 * writes.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	/** The security scheme the write operations require. */
	public static final String BASIC_AUTH = "basicAuth";

	// Error descriptions shared by the write operations; the bodies are added below.

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

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

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

	/**
	 * Endpoints that take {@link EventSearchParams} get its parameters, documented with
	 * their allowed values, in place of the bound record.
	 */
	@Bean
	OperationCustomizer eventFilterParameters() {
		return (operation, handlerMethod) -> {
			boolean filtered = Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch((parameter) -> parameter.getParameterType() == EventSearchParams.class);
			if (filtered) {
				List<Parameter> parameters = new ArrayList<>(eventFilters());
				if (operation.getParameters() != null) {
					parameters.addAll(operation.getParameters());
				}
				operation.setParameters(parameters);
			}
			boolean readsUser = Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch((parameter) -> Authentication.class.isAssignableFrom(parameter.getParameterType()));
			if (readsUser && operation.getSecurity() == null) {
				// public, and signed-in editors see more (drafts)
				operation
					.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC_AUTH)));
			}
			return operation;
		};
	}

	/**
	 * Every status and header the server sends, added to every operation it applies to:
	 * problem+json for 400 (bad parameters), 404 (unknown slugs or ids), 406 (an Accept
	 * the operation cannot serve), 409 (a write that crossed another), 413 and 415 (a
	 * body too large or not JSON), 500, and under /api/ 429 and 503 with Retry-After; a
	 * write also 401 without valid credentials. Every GET answers with an ETag and
	 * Cache-Control and 304 to a current If-None-Match. Public operations say that
	 * anonymous access is allowed ({@code security: [{}]}). Errors an operation declares
	 * with only a description get their body here.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
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
				ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses()
						: new ApiResponses();
				boolean hasQuery = operation.getParameters() != null && operation.getParameters()
					.stream()
					.anyMatch((parameter) -> "query".equals(parameter.getIn()));
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
					// public: anonymous, or signed in where the operation shows editors
					// more
					SecurityRequirement anonymous = new SecurityRequirement();
					operation.setSecurity(responses.containsKey("401")
							? List.of(anonymous, new SecurityRequirement().addList(BASIC_AUTH)) : List.of(anonymous));
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
					responses.putIfAbsent("503",
							problem("The database is out of reach for a moment; nothing was changed")
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
		};
	}

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

	static List<Parameter> eventFilters() {
		return List.of(
				query("actor", "Slug of an actor who took part; repeat for events with all of them", array(string()),
						"marco-rubio"),
				query("type", "Event type; repeat for any of several", array(enumeration(EventType.values())),
						"PHONE_CALL"),
				query("channel",
						"Channel (who talks to whom); repeat for any of several. RELATED is context, not a US–Russia contact",
						array(enumeration(Channel.values())), "LEADERS"),
				query("contact_status",
						"Whether the contact was held, or only planned, cancelled or postponed; repeat for any of several",
						array(enumeration(ContactStatus.values())), "HELD"),
				query("initiator", "The side that requested the contact", enumeration(Initiator.values()), "RUSSIA"),
				query("from", "First date, inclusive (YYYY-MM-DD)", string().format("date"), "2025-03-01"),
				query("to", "Last date, inclusive (YYYY-MM-DD); not before from", string().format("date"),
						"2025-05-31"),
				query("proposal", "Slug of a proposal that came up", string(), "30-day-ceasefire"),
				query("direct", "true for direct Rubio–Lavrov contacts only (the same as channel=MINISTERS)", bool(),
						Boolean.TRUE),
				query("q", "Full-text search, alias-aware (Lavrov finds Лавров)",
						string().maxLength(EventSearchParams.MAX_QUERY_LENGTH), "ceasefire"),
				query("sort", "Date order",
						enumeration(EventSearchParams.NEWEST_FIRST, EventSearchParams.OLDEST_FIRST)
							._default(EventSearchParams.NEWEST_FIRST),
						EventSearchParams.NEWEST_FIRST),
				query("updated_since", "Only events created or changed after this instant (ISO 8601)",
						string().format("date-time"), "2025-01-01T00:00:00Z"));
	}

	private static Parameter query(String name, String description, Schema<?> schema, Object example) {
		Parameter parameter = new Parameter().in("query")
			.name(name)
			.description(description)
			.required(false)
			.schema(schema)
			.example(example);
		if ("array".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("array"))) {
			parameter.explode(true).example(List.of(example));
		}
		return parameter;
	}

	private static Schema<Object> string() {
		return typed("string");
	}

	private static Schema<Object> bool() {
		return typed("boolean");
	}

	private static Schema<Object> array(Schema<?> items) {
		Schema<Object> array = typed("array");
		array.setItems(items);
		return array;
	}

	private static Schema<Object> enumeration(Enum<?>... values) {
		return enumeration(Arrays.stream(values).map(Enum::name).toArray(String[]::new));
	}

	private static Schema<Object> enumeration(String... values) {
		Schema<Object> schema = string();
		schema.setEnum(new ArrayList<>(Arrays.asList(values)));
		return schema;
	}

	/**
	 * OpenAPI 3.1 schemas list their types ({@code types}); 3.0 tools read {@code type}.
	 */
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.addType(type);
		return schema;
	}

}
