package org.backchannel.web;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every parameter of every public GET route, pages and API alike (found from the handler
 * mappings, so a new route or parameter is walked without being listed), sent with a
 * value that overflows its type, one that is not a value of it, and one that is not
 * UTF-8: each answer is a clear 4xx or a page that says what was wrong, never a 500 and
 * never Boot's JSON error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedParameterTests {

	static final List<String> VALUES = List.of("99999999999999999999", "abc", "%FF");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void everyParameterOfEveryRouteThatOverflowsOrIsMalformedIsAClearFourHundred() throws Exception {
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = route.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : route.getKey().getPatternValues()) {
				if (pattern.startsWith("/admin") || pattern.startsWith("/error") || pattern.startsWith("/actuator")) {
					continue;
				}
				String path = pattern.replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", "x");
				for (String name : parameters(route.getValue())) {
					for (String value : VALUES) {
						String uri = path + "?" + name + "=" + value;
						HttpResponse<String> response = get(uri, pattern);
						sent++;
						String body = response.body();
						// 501 is oEmbed's own answer to a format it does not offer
						boolean serverError = response.statusCode() >= 500 && response.statusCode() != 501;
						if (serverError || body.contains("\"timestamp\"")) {
							failures.add(response.statusCode() + " " + uri + ": "
									+ body.substring(0, Math.min(200, body.length())));
						}
					}
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(100);
		assertThat(failures).isEmpty();
	}

	@Test
	void anOverflowingOEmbedSizeIsAProblemNamingIt() throws Exception {
		HttpResponse<String> response = get("/oembed?url=http://localhost/&maxheight=99999999999", "/oembed");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("'maxheight' must be a whole number");
	}

	@Test
	void anEmbedWithAFilterThatIsNotValidSaysSoInsteadOfShowingEverything() throws Exception {
		HttpResponse<String> response = get("/embed?type=NO_SUCH_TYPE", "/embed");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"filter-errors\"").doesNotContain("embed-entry");
		HttpResponse<String> valid = get("/embed?type=PHONE_CALL", "/embed");
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(valid.body()).contains("embed-entry").doesNotContain("id=\"filter-errors\"");
	}

	private HttpResponse<String> get(String uri, String pattern) throws IOException, InterruptedException {
		boolean json = pattern.startsWith("/api") || pattern.startsWith("/oembed") || pattern.startsWith("/v3");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + uri))
			.header("Accept", json ? "application/json" : "text/html")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The names a handler reads from the query: its request parameters and form fields.
	 */
	static Set<String> parameters(HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(!name.isEmpty() ? name : String.valueOf(parameter.getParameterName()));
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| (!BeanUtils.isSimpleProperty(type) && type.getName().startsWith("org.backchannel"))) {
				if (type.isRecord()) {
					for (RecordComponent component : type.getRecordComponents()) {
						names.add(component.getName());
					}
				}
			}
		}
		return names;
	}

}
