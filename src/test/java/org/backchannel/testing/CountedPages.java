package org.backchannel.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's pages read as a visitor reads them, for tests that count what a request costs
 * ({@link StatementCounter} imported into their context) and walk the keyset pages of a
 * list: a page's HTML, the statements a request sends, the items a page links to and its
 * link to the next page. {@link StatementCounting} contexts have one to inject.
 */
public final class CountedPages {

	private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

	private final RestTestClient web;

	public CountedPages(int port) {
		this.web = Http.client(port);
	}

	/** The client the pages are read with, for anything else a test asks. */
	public RestTestClient web() {
		return this.web;
	}

	/** The HTML of the page at {@code path}, which must answer 200. */
	public String page(String path) {
		EntityExchangeResult<String> result = this.web.get().uri(path).exchange().returnResult(String.class);
		assertThat(result.getStatus().value()).as(path).isEqualTo(200);
		return Http.body(result);
	}

	/** The status {@code path} answers with. */
	public int status(String path) {
		return this.web.get().uri(path).exchange().returnResult(String.class).getStatus().value();
	}

	/**
	 * The statements a request for {@code path} (with headers given as name, value pairs)
	 * sends, which must answer 200. A first request warms what loads once (caches,
	 * dictionaries); the second is counted.
	 */
	public int statementsFor(String path, String... headers) {
		this.web.get().uri(path).headers(Http.headers(headers)).exchange().returnResult(String.class);
		StatementCounter.reset();
		int status = this.web.get()
			.uri(path)
			.headers(Http.headers(headers))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
		assertThat(status).as(path).isEqualTo(200);
		return StatementCounter.count();
	}

	/**
	 * The slugs of the items a page links to under {@code prefix} ({@code "/actors/"}),
	 * in the page's order.
	 */
	public static List<String> slugs(String html, String prefix) {
		List<String> slugs = new ArrayList<>();
		Matcher matcher = Pattern.compile("href=\"" + Pattern.quote(prefix) + "([a-z0-9-]+)\"").matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

	/** The path the page's "next page" link leads to, if it has one. */
	public static Optional<String> next(String html) {
		Matcher next = NEXT.matcher(html);
		return next.find() ? Optional.of(next.group(1).replace("&amp;", "&")) : Optional.empty();
	}

	/**
	 * A {@code CountedPages} for the app the test context runs, made when a test first
	 * asks for it: the server's port is known only once the context has started.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class OfTheRunningApp {

		@Bean
		@Lazy
		CountedPages countedPages(Environment environment) {
			return new CountedPages(environment.getRequiredProperty("local.server.port", Integer.class));
		}

	}

}
