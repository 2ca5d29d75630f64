package org.backchannel.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walking the paged event list the way a client does: following the Link header.
 */
public final class ApiTestSupport {

	private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

	private ApiTestSupport() {
	}

	/**
	 * Every item of every page, from the first page at {@code path} to the last,
	 * optionally running something between page requests.
	 */
	public static List<JsonNode> walk(RestTestClient web, String path, Runnable betweenPages) {
		List<JsonNode> items = new ArrayList<>();
		String next = path;
		long total = -1;
		int pages = 0;
		while (next != null) {
			EntityExchangeResult<String> response = web.get().uri(next).exchange().returnResult(String.class);
			assertThat(response.getStatus().value()).as(next).isEqualTo(200);
			JsonNode page = Http.json(response);
			if (total < 0) {
				total = page.get("total").asLong();
			}
			page.get("items").forEach(items::add);
			next = nextLink(response);
			boolean hasCursor = !page.get("nextCursor").isNull();
			assertThat(next != null).as("Link rel=next exactly when there is a next cursor").isEqualTo(hasCursor);
			if (next != null) {
				assertThat(next).contains("cursor=" + page.get("nextCursor").asString());
				betweenPages.run();
			}
			assertThat(++pages).as("pages").isLessThan(1000);
		}
		return items;
	}

	public static List<JsonNode> walk(RestTestClient web, String path) {
		return walk(web, path, () -> {
		});
	}

	public static String nextLink(EntityExchangeResult<String> response) {
		return Http.header(response, "Link")
			.map(NEXT::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group(1))
			.orElse(null);
	}

	public static List<String> slugs(List<JsonNode> items) {
		return items.stream().map((item) -> item.get("slug").asString()).toList();
	}

	public static List<String> participantSlugs(JsonNode item) {
		return item.get("participants").findValuesAsString("slug");
	}

}
