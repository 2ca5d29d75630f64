package org.backchannel.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.backchannel.testing.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed OpenAPI snapshot, which the build lints (Spectral, Redocly) and generates
 * the Java client from, is the document the app serves. The live document is written to
 * {@code target/openapi.json}; run with {@code -Dopenapi.snapshot.update=true} to copy it
 * over the snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiSnapshotTests {

	static final Path SNAPSHOT = Path.of("src/test/resources/openapi/openapi.json");

	static final Path LIVE = Path.of("target/openapi.json");

	/** The server the snapshot names; the live one has the test's random port. */
	static final String SERVER = "http://localhost:8080";

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@LocalServerPort
	int port;

	@Test
	void theCommittedSnapshotIsTheDocumentTheAppServes() throws IOException {
		// generous: springdoc builds the whole document on the first request
		EntityExchangeResult<String> response = Http.client(this.port, Duration.ofMinutes(3))
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		String live = normalized(response.getResponseBody());
		Files.createDirectories(LIVE.getParent());
		Files.writeString(LIVE, live, StandardCharsets.UTF_8);
		if (Boolean.getBoolean("openapi.snapshot.update")) {
			Files.writeString(SNAPSHOT, live, StandardCharsets.UTF_8);
		}
		String snapshot = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
		assertThat(live)
			.as("The OpenAPI document changed: %s differs from %s. If the change is meant, refresh the snapshot with "
					+ "./mvnw test -Dtest=OpenApiSnapshotTests -Dopenapi.snapshot.update=true, review its diff and "
					+ "commit it (the lint and the generated client read the snapshot).", LIVE, SNAPSHOT)
			.isEqualTo(snapshot);
	}

	/** The document, indented, naming the default server in place of the random port. */
	static String normalized(String document) {
		JsonNode tree = json.readTree(document);
		tree.withArray("servers").forEach((server) -> ((ObjectNode) server).put("url", SERVER));
		return json.writeValueAsString(tree) + "\n";
	}

}
