package org.backchannel.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.backchannel.event.EventSearchParams;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document at /v3/api-docs: the event filters described once for every
 * endpoint that takes them, and the problem+json errors every endpoint may answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	@Bean
	OpenAPI backchannelOpenApi() {
		return new OpenAPI().info(new Info().title("Backchannel API")
			.version("1")
			.description("Read-only data on US–Russia diplomatic contacts on the war in Ukraine (Rubio–Lavrov): "
					+ "events, actors, proposals and the sources every fact cites. Responses carry an ETag: "
					+ "send it back in If-None-Match for a 304. Errors are RFC 9457 application/problem+json. "
					+ "CORS is open for GET. Every fact cites its source: see /api/sources/{id}."));
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
			return operation;
		};
	}

	/**
	 * Every operation may answer problem+json: 400 for bad parameters, 404 for unknown
	 * slugs or ids, 500 if something breaks on our side.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			// added here, last, so that springdoc's pruning of unreferenced schemas keeps
			// it
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			ModelConverters.getInstance(true)
				.readAll(new AnnotatedType(ApiProblem.class))
				.forEach(openApi.getComponents()::addSchemas);
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				if (operation.getParameters() != null) {
					// /api/events is served as JSON and as CSV by two methods, whose
					// operations springdoc merges: keep each parameter once
					Map<String, Parameter> unique = new LinkedHashMap<>();
					operation.getParameters()
						.forEach((parameter) -> unique.putIfAbsent(parameter.getIn() + ":" + parameter.getName(),
								parameter));
					operation.setParameters(new ArrayList<>(unique.values()));
				}
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
				responses.putIfAbsent("500", problem("Something went wrong on our side"));
				operation.setResponses(responses);
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
	}

	static List<Parameter> eventFilters() {
		return List.of(
				query("actor", "Slug of an actor who took part; repeat for events with all of them", array(string()),
						"marco-rubio"),
				query("type", "Event type; repeat for any of several", array(enumeration(EventType.values())),
						"PHONE_CALL"),
				query("initiator", "The side that requested the contact", enumeration(Initiator.values()), "RUSSIA"),
				query("from", "First date, inclusive (YYYY-MM-DD)", string().format("date"), "2025-03-01"),
				query("to", "Last date, inclusive (YYYY-MM-DD); not before from", string().format("date"),
						"2025-05-31"),
				query("proposal", "Slug of a proposal that came up", string(), "30-day-ceasefire"),
				query("direct", "true for direct Rubio–Lavrov contacts only", bool(), "true"),
				query("q", "Full-text search, alias-aware (Lavrov finds Лавров)",
						string().maxLength(EventSearchParams.MAX_QUERY_LENGTH), "ceasefire"),
				query("sort", "Date order",
						enumeration(EventSearchParams.NEWEST_FIRST, EventSearchParams.OLDEST_FIRST)
							._default(EventSearchParams.NEWEST_FIRST),
						EventSearchParams.NEWEST_FIRST),
				query("updated_since", "Only events created or changed after this instant (ISO 8601)",
						string().format("date-time"), "2025-01-01T00:00:00Z"));
	}

	private static Parameter query(String name, String description, Schema<?> schema, String example) {
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
