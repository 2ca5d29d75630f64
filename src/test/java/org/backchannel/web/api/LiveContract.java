package org.backchannel.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the app sends under /api/ checked against the committed OpenAPI document:
 * its status is documented for the operation, its media type too, every header it marks
 * required is there, and a JSON body validates against the operation's schema (JSON
 * Schema 2020-12, as OpenAPI 3.1 defines its schemas).
 */
final class LiveContract {

	/** One answer as the server sent it. */
	record Exchange(String method, String path, int status, String contentType, Map<String, String> headers,
			String body) {

		@Override
		public String toString() {
			return this.method + " " + this.path + " -> " + this.status;
		}

	}

	private static final String DOCUMENT_URI = "https://backchannel.test/openapi.json";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String text;

	private final JsonNode document;

	private final SchemaRegistry schemas;

	private LiveContract(String text) {
		this.text = text;
		this.document = json.readTree(text);
		this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder.schemas(Map.of(DOCUMENT_URI, this.text)));
	}

	static LiveContract snapshot() {
		try {
			return new LiveContract(Files.readString(OpenApiSnapshotTests.SNAPSHOT, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What is wrong with this answer, if anything: empty when it keeps the contract. */
	List<String> violations(Exchange exchange) {
		List<String> problems = new ArrayList<>();
		String template = template(exchange.path());
		if (template == null) {
			problems.add(exchange + ": no path of the document matches");
			return problems;
		}
		String method = exchange.method().toLowerCase();
		JsonNode operation = this.document.get("paths").get(template).get(method);
		if (operation == null) {
			problems.add(exchange + ": " + method + " " + template + " is not documented");
			return problems;
		}
		String status = String.valueOf(exchange.status());
		JsonNode response = operation.get("responses").get(status);
		if (response == null) {
			problems.add(exchange + ": status " + status + " is not documented for " + method + " " + template);
			return problems;
		}
		if (response.has("headers")) {
			response.get("headers").properties().forEach((header) -> {
				if (header.getValue().path("required").asBoolean(false)
						&& !exchange.headers().containsKey(header.getKey().toLowerCase())) {
					problems.add(exchange + ": required header " + header.getKey() + " is missing");
				}
			});
		}
		if (exchange.body().isEmpty() || "HEAD".equals(exchange.method())) {
			return problems;
		}
		String mediaType = (exchange.contentType() != null) ? exchange.contentType().split(";")[0].strip() : "";
		if (!response.has("content") || !response.get("content").has(mediaType)) {
			problems.add(exchange + ": media type " + mediaType + " is not documented for status " + status);
			return problems;
		}
		if (mediaType.endsWith("json")) {
			String pointer = "/paths/" + escape(template) + "/" + method + "/responses/" + status + "/content/"
					+ escape(mediaType) + "/schema";
			Schema schema = this.schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer));
			List<Error> errors = schema.validate(json.readTree(exchange.body()));
			errors.forEach((error) -> problems.add(exchange + ": " + error));
		}
		return problems;
	}

	private String template(String path) {
		Iterator<String> templates = this.document.get("paths").propertyNames().iterator();
		while (templates.hasNext()) {
			String template = templates.next();
			String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
			if (path.matches(regex)) {
				return template;
			}
		}
		return null;
	}

	private static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * Test configuration: records every answer under /api/ as it leaves the server, for
	 * {@link LiveContract#violations}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recorder {

		static final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> liveContractRecorder() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
							try {
								chain.doFilter(request, recorded);
							}
							finally {
								Map<String, String> headers = new java.util.TreeMap<>();
								recorded.getHeaderNames()
									.forEach((name) -> headers.put(name.toLowerCase(), recorded.getHeader(name)));
								exchanges.add(new Exchange(request.getMethod(), request.getRequestURI(),
										recorded.getStatus(), recorded.getContentType(), headers,
										new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
								recorded.copyBodyToResponse();
							}
						}
					});
			registration.addUrlPatterns("/api/*");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
