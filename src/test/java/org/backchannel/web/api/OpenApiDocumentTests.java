package org.backchannel.web.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is valid OpenAPI 3.1 (checked by swagger-parser) and describes
 * every endpoint, parameter, enum, error, request body and who may write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTests {

	static final List<String> ENDPOINTS = List.of("/api/events", "/api/events/{slug}", "/api/events.csv", "/api/actors",
			"/api/actors/{slug}", "/api/proposals", "/api/proposals/{slug}", "/api/sources/{id}", "/calendar.ics",
			"/feed.atom", "/api/sources", "/api/events/{slug}/publish", "/api/events/{slug}/restore", "/api/changes",
			"/api/drafts/from-report", "/api/queue", "/api/queue/{id}", "/api/queue/{id}/draft",
			"/api/queue/{id}/attach", "/api/queue/{id}/readout", "/api/queue/{id}/dismiss", "/api/queue/{id}/undo",
			"/api/queue/feed.atom", "/api/coverage");

	/** POSTs that read a JSON body and answer 200 without saving anything. */
	static final Map<String, String> READ_BODIES = Map.of("/api/drafts/from-report", "DraftRequest");

	/** POSTs of the review queue that read a JSON body and answer the item (200). */
	static final Map<String, String> QUEUE_BODIES = Map.of("/api/queue/{id}/attach", "QueueAttach",
			"/api/queue/{id}/readout", "QueueReadout", "/api/queue/{id}/dismiss", "QueueDismiss");

	/** The record each write's JSON body is read as. */
	static final Map<String, String> WRITE_BODIES = Map.of("/api/events", "EventData", "/api/events/{slug}",
			"EventData", "/api/actors", "ActorData", "/api/actors/{slug}", "ActorData", "/api/proposals",
			"ProposalData", "/api/proposals/{slug}", "ProposalData", "/api/sources", "SourceData", "/api/sources/{id}",
			"SourceData");

	@LocalServerPort
	int port;

	String document;

	RestTestClient web;

	OpenAPI api;

	@BeforeEach
	void setUp() {
		// generous: springdoc builds the whole document on the first request
		this.web = Http.client(this.port, Duration.ofMinutes(3));
		EntityExchangeResult<String> response = this.web.get()
			.uri("/v3/api-docs")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		this.document = response.getResponseBody();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(this.document, null, options);
		assertThat(result.getMessages()).as("validation messages").isEmpty();
		this.api = result.getOpenAPI();
	}

	@Test
	void itIsOpenApi31AndListsEveryEndpoint() {
		assertThat(this.api.getOpenapi()).startsWith("3.1");
		assertThat(this.api.getPaths()).containsOnlyKeys(ENDPOINTS);
		this.api.getPaths().forEach((path, item) -> {
			assertThat(item.readOperations()).as(path).isNotEmpty();
			item.readOperationsMap().forEach((method, operation) -> {
				assertThat(operation.getSummary()).as("%s %s", method, path).isNotBlank();
				assertThat(operation.getResponses()).as("%s %s", method, path).isNotEmpty();
			});
			if (item.getGet() != null) {
				assertThat(item.getGet().getDescription()).as(path).isNotBlank();
				assertThat(item.getGet().getResponses()).as(path).containsKeys("200", "500");
			}
		});
	}

	@Test
	void theEventFiltersAreDescribedWithTheirAllowedValues() {
		for (String path : List.of("/api/events", "/api/events.csv", "/calendar.ics", "/feed.atom")) {
			Operation operation = this.api.getPaths().get(path).getGet();
			assertThat(operation.getParameters()).extracting(Parameter::getName)
				.as(path)
				.contains("actor", "type", "initiator", "from", "to", "proposal", "direct", "q", "sort",
						"updated_since");
			assertThat(operation.getParameters()).allSatisfy((parameter) -> {
				assertThat(parameter.getDescription()).as(path + " " + parameter.getName()).isNotBlank();
				assertThat(parameter.getExample() != null || parameter.getSchema().getDefault() != null)
					.as(path + " " + parameter.getName() + " has an example")
					.isTrue();
			});
			assertThat(parameter(operation, "type").getSchema().getItems().getEnum())
				.containsExactlyElementsOf(Arrays.stream(EventType.values()).map(Enum::name).toList());
			assertThat(parameter(operation, "initiator").getSchema().getEnum())
				.containsExactlyElementsOf(Arrays.stream(Initiator.values()).map(Enum::name).toList());
			assertThat(parameter(operation, "sort").getSchema().getEnum()).containsExactly("date_desc", "date_asc");
			assertThat(operation.getResponses().get("400").getContent()).containsKey("application/problem+json");
		}
		Operation list = this.api.getPaths().get("/api/events").getGet();
		assertThat(parameter(list, "limit").getSchema().getMaximum()).isEqualByComparingTo("100");
		assertThat(parameter(this.api.getPaths().get("/api/actors").getGet(), "kind").getSchema().getEnum())
			.containsExactly("PERSON", "ORGANIZATION", "GOVERNMENT_BODY");
	}

	@Test
	void errorsAndSchemasAreDescribed() {
		assertThat(this.api.getComponents().getSchemas()).containsKeys("Problem", "EventPage", "EventDetail",
				"EventSummary", "ActorDetail", "ProposalDetail", "SourceDetail", "PositionView");
		assertThat(this.api.getComponents().getSchemas().get("Problem").getProperties()).containsKeys("type", "title",
				"status", "detail", "errors");
		assertThat(this.api.getPaths().get("/api/events/{slug}").getGet().getResponses()).containsKeys("404");
		assertThat(this.api.getPaths().get("/api/events/{slug}").getGet().getParameters().get(0).getExample())
			.isEqualTo("2025-03-15-rubio-lavrov-phone-call");
		Schema<?> type = (Schema<?>) this.api.getComponents()
			.getSchemas()
			.get("EventSummary")
			.getProperties()
			.get("type");
		assertThat(type.getEnum()).extracting(String::valueOf).contains("PHONE_CALL");
	}

	@Test
	void everyWriteHasItsBodyErrorsAndBasicAuth() {
		SecurityScheme basic = this.api.getComponents().getSecuritySchemes().get("basicAuth");
		assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
		assertThat(basic.getScheme()).isEqualTo("basic");
		List<String> writes = new ArrayList<>();
		this.api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String name = method + " " + path;
			if (method == PathItem.HttpMethod.GET && path.startsWith("/api/queue")) {
				// the review queue is for editors, its reads too
				assertThat(operation.getSecurity()).as(name)
					.containsExactly(new SecurityRequirement().addList("basicAuth"));
				assertThat(operation.getResponses().get("403").getDescription()).as(name).contains("EDITOR");
				return;
			}
			if (method == PathItem.HttpMethod.GET) {
				// public: an empty list of requirements, said explicitly (no lock in
				// Swagger UI; Redocly requires it said), or anonymous among the choices
				// where signed-in editors see more
				assertThat(operation.getSecurity()).as(name + " says its security").isNotNull();
				if (!operation.getSecurity().isEmpty()) {
					assertThat(operation.getSecurity()).as(name + " is public").contains(new SecurityRequirement());
				}
				return;
			}
			writes.add(name);
			assertThat(operation.getDescription()).as(name).isNotBlank();
			assertThat(operation.getSecurity()).as(name)
				.containsExactly(new SecurityRequirement().addList("basicAuth"));
			assertThat(operation.getResponses()).as(name).containsKeys("400", "401", "403", "500");
			if (path.contains("{")) {
				assertThat(operation.getResponses()).as(name).containsKey("404");
			}
			if (operation.getParameters() != null) {
				assertThat(operation.getParameters()).as(name).allSatisfy((parameter) -> {
					assertThat(parameter.getDescription()).as(name + " " + parameter.getName()).isNotBlank();
					assertThat(parameter.getExample()).as(name + " " + parameter.getName()).isNotNull();
				});
			}
			// mirrors SecurityConfiguration: ADMIN deletes, publishes and restores
			boolean admin = method == PathItem.HttpMethod.DELETE || path.endsWith("/publish")
					|| path.endsWith("/restore");
			assertThat(operation.getResponses().get("403").getDescription()).as(name)
				.contains(admin ? "ADMIN" : "EDITOR");
			assertThat(operation.getResponses().get("401").getHeaders()).as(name).containsKey("WWW-Authenticate");
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					assertThat(schemaRef(response.getContent(), "application/problem+json")).as("%s %s", name, status)
						.isEqualTo("#/components/schemas/Problem");
				}
			});
			boolean reads = method == PathItem.HttpMethod.POST
					&& (READ_BODIES.containsKey(path) || QUEUE_BODIES.containsKey(path));
			boolean hasBody = method == PathItem.HttpMethod.PUT
					|| (method == PathItem.HttpMethod.POST && WRITE_BODIES.containsKey(path)) || reads;
			if (hasBody) {
				RequestBody body = operation.getRequestBody();
				assertThat(body).as(name).isNotNull();
				assertThat(body.getRequired()).as(name).isTrue();
				String schema = reads ? READ_BODIES.getOrDefault(path, QUEUE_BODIES.get(path)) : WRITE_BODIES.get(path);
				assertThat(schemaRef(body.getContent(), "application/json")).as(name)
					.isEqualTo("#/components/schemas/" + schema);
				assertThat(this.api.getComponents().getSchemas().get(schema).getProperties()).as(schema)
					.isNotEmpty()
					.doesNotContainKey("empty");
				assertThat(operation.getResponses()).as(name).containsKey("415");
			}
			else {
				assertThat(operation.getRequestBody()).as(name).isNull();
			}
			if (method == PathItem.HttpMethod.PUT) {
				Parameter ifMatch = parameter(operation, "If-Match");
				assertThat(ifMatch.getIn()).isEqualTo("header");
				assertThat(ifMatch.getRequired()).as(name).isTrue();
				assertThat(ifMatch.getExample()).isEqualTo("\"v3-5d41402abc4b2a76b971\"");
				assertThat(operation.getResponses()).as(name).containsKeys("200", "412", "428");
				assertThat(operation.getResponses().get("200").getHeaders()).as(name).containsKey("ETag");
			}
			if (reads) {
				assertThat(operation.getResponses()).as(name).containsKey("200").doesNotContainKey("201");
			}
			if (method == PathItem.HttpMethod.POST && hasBody && !reads) {
				ApiResponse created = operation.getResponses().get("201");
				assertThat(created).as(name).isNotNull();
				assertThat(created.getHeaders()).as(name).containsKeys("Location", "ETag");
				assertThat(schemaRef(created.getContent(), "application/json")).as(name)
					.startsWith("#/components/schemas/Saved");
			}
			if (method == PathItem.HttpMethod.DELETE) {
				assertThat(operation.getResponses()).as(name)
					.containsKeys("204", "412", "428")
					.doesNotContainKey("200");
				assertThat(parameter(operation, "If-Match").getRequired()).as(name).isTrue();
			}
		}));
		assertThat(writes).hasSize(20);
		assertThat(this.api.getComponents().getSchemas()).containsKeys("SavedEvent", "SavedActor", "SavedProposal",
				"SavedSource", "ActorData", "EventData", "ProposalData", "SourceData");
		assertThat(this.api.getComponents().getSchemas().get("ParameterError").getProperties())
			.containsKeys("parameter", "field", "message");
	}

	@Test
	void everyOperationHasItsOwnIdAndTheCsvIsAnotherMediaTypeOfTheList() {
		List<String> ids = new ArrayList<>();
		this.api.getPaths()
			.forEach((path, item) -> item.readOperations().forEach((operation) -> ids.add(operation.getOperationId())));
		assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
		Operation list = this.api.getPaths().get("/api/events").getGet();
		assertThat(list.getOperationId()).isEqualTo("listEvents");
		assertThat(list.getTags()).containsExactly("Events");
		assertThat(list.getResponses().get("200").getContent()).containsOnlyKeys("application/json", "text/csv");
		assertThat(list.getResponses().get("200").getHeaders()).containsKeys("ETag", "Link", "Cache-Control");
		assertThat(list.getResponses()).containsKeys("304", "400", "401", "406", "429", "503");
		assertThat(this.api.getPaths().get("/api/events.csv").getGet().getOperationId()).isEqualTo("exportEventsCsv");
	}

	@Test
	void responseSchemasSayWhatIsAlwaysSentAndWhatMayBeNull() {
		Map<String, Schema> schemas = this.api.getComponents().getSchemas();
		Schema<?> detail = schemas.get("EventDetail");
		assertThat(detail.getRequired()).containsAll(detail.getProperties().keySet());
		assertThat(((Schema<?>) detail.getProperties().get("durationMinutes")).getTypes())
			.containsExactlyInAnyOrder("integer", "null");
		assertThat(((Schema<?>) detail.getProperties().get("title")).getTypes()).containsExactly("string");
		assertThat(((Schema<?>) detail.getProperties().get("cameo")).getOneOf()).hasSize(2);
		assertThat(((Schema<?>) schemas.get("EventData").getProperties().get("durationMinutes")).getTypes())
			.containsExactly("integer");
		assertThat(((Schema<?>) schemas.get("EventPage").getProperties().get("nextCursor")).getTypes())
			.containsExactlyInAnyOrder("string", "null");
	}

	@Test
	void theChangesFeedIsDescribed() {
		Operation changes = this.api.getPaths().get("/api/changes").getGet();
		Parameter since = parameter(changes, "since");
		assertThat(since.getRequired()).as("since or cursor").isNotEqualTo(Boolean.TRUE);
		assertThat(parameter(changes, "cursor").getIn()).isEqualTo("query");
		assertThat(since.getExample()).isEqualTo("2025-03-15T00:00:00Z");
		assertThat(changes.getResponses()).containsKeys("200", "400");
		assertThat(this.api.getComponents().getSchemas().get("Change").getDescription()).isNotBlank();
	}

	@Test
	void theDocumentParsesFullyResolvedWithoutMessages() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(this.document, null, options);
		assertThat(result.getMessages()).as("validation messages").isEmpty();
		assertThat(result.getOpenAPI().getPaths()).containsOnlyKeys(ENDPOINTS);
	}

	@Test
	void swaggerUiIsServed() {
		EntityExchangeResult<String> redirect = this.web.get()
			.uri("/swagger-ui.html")
			.exchange()
			.returnResult(String.class);
		assertThat(redirect.getStatus().value()).isIn(200, 302);
		this.web.get().uri("/swagger-ui/index.html").exchange().expectStatus().isEqualTo(200);
	}

	private static String schemaRef(Content content, String mediaType) {
		assertThat(content).containsKey(mediaType);
		return content.get(mediaType).getSchema().get$ref();
	}

	private static Parameter parameter(Operation operation, String name) {
		return operation.getParameters()
			.stream()
			.filter((parameter) -> parameter.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no parameter " + name));
	}

}
