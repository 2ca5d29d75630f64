package org.backchannel.api;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.system.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is valid OpenAPI 3.1 (checked by swagger-parser) and describes
 * every endpoint, parameter, enum and error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTests {

	static final List<String> ENDPOINTS = List.of("/api/events", "/api/events/{slug}", "/api/events.csv", "/api/actors",
			"/api/actors/{slug}", "/api/proposals", "/api/proposals/{slug}", "/api/sources/{id}", "/calendar.ics",
			"/feed.atom", "/api/sources", "/api/events/{slug}/publish", "/api/events/{slug}/restore", "/api/changes");

	@LocalServerPort
	int port;

	WebClient web;

	OpenAPI api;

	@BeforeEach
	void setUp() {
		this.web = new WebClient(this.port);
		HttpResponse<String> response = this.web.get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);
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
	void swaggerUiIsServed() {
		HttpResponse<String> redirect = this.web.get("/swagger-ui.html");
		assertThat(redirect.statusCode()).isIn(200, 302);
		assertThat(this.web.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	private static Parameter parameter(Operation operation, String name) {
		return operation.getParameters()
			.stream()
			.filter((parameter) -> parameter.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no parameter " + name));
	}

}
