package org.backchannel.web.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.testing.Http;
import org.backchannel.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor list comes in keyset pages of {@value ActorController#PAGE_SIZE}, each
 * linking to the next, in the list's order (country, none last, then name), and a page
 * full costs the statements a few actors did. The caches are off, so every request does
 * the full work. (The context of the statement counts: the same settings, one database.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=statement-counts", "backchannel.query-cache.size=0",
				"backchannel.response-cache.size=0" })
@Import(StatementCounter.class)
class ActorListPagesTests {

	private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

	private static final Pattern ACTOR = Pattern.compile("href=\"/actors/([a-z0-9-]+)\"");

	@LocalServerPort
	int port;

	RestTestClient web;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void theListComesInPagesInCountryAndNameOrderAndEveryActorIsOnExactlyOne() {
		int few = statementsFor("/actors");
		addActors(ActorController.PAGE_SIZE + 20);
		long total = this.jdbc.sql("select count(*) from actor").query(Long.class).single();
		assertThat(statementsFor("/actors")).as("a page full costs what a few actors did").isEqualTo(few);

		List<String> seen = new ArrayList<>();
		String url = "/actors";
		String page = page(url);
		assertThat(page).doesNotContain("id=\"first-page\"");
		int pages = 0;
		while (true) {
			pages++;
			List<String> slugs = slugs(page);
			assertThat(slugs).as(url).isNotEmpty().hasSizeLessThanOrEqualTo(ActorController.PAGE_SIZE);
			seen.addAll(slugs);
			Matcher next = NEXT.matcher(page);
			if (!next.find()) {
				break;
			}
			assertThat(slugs).hasSize(ActorController.PAGE_SIZE);
			url = next.group(1).replace("&amp;", "&");
			assertThat(url).startsWith("/actors?after=");
			if (pages == 1) {
				assertThat(statementsFor(url)).as("a later page costs one look-up of its start more")
					.isEqualTo(few + 1);
			}
			page = page(url);
			assertThat(page).contains("id=\"first-page\" href=\"/actors\"");
		}
		assertThat(pages).isGreaterThanOrEqualTo(2);
		assertThat(seen).as("every actor, once, in the list's order")
			.hasSize((int) total)
			.containsExactlyElementsOf(this.jdbc.sql("select slug from actor order by country nulls last, name, id")
				.query(String.class)
				.list());
		assertThat(page).as("the actors without a country come last, under their own heading")
			.contains(">No country</h2>");
	}

	@Test
	void aPageAfterAnUnknownActorIsNotFound() {
		assertThat(this.web.get()
			.uri("/actors?after=no-such-actor")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value()).isEqualTo(404);
	}

	private String page(String path) {
		EntityExchangeResult<String> result = this.web.get().uri(path).exchange().returnResult(String.class);
		assertThat(result.getStatus().value()).as(path).isEqualTo(200);
		return Http.body(result);
	}

	private static List<String> slugs(String html) {
		List<String> slugs = new ArrayList<>();
		Matcher matcher = ACTOR.matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

	/** Actors without a country, named to sort after every seeded one. */
	private void addActors(int count) {
		for (int i = 0; i < count; i++) {
			this.jdbc.sql("insert into actor (slug, name, kind) values (:slug, :name, 'PERSON')")
				.param("slug", "paging-actor-" + i)
				.param("name", "Paging actor %03d".formatted(i))
				.update();
		}
	}

	private int statementsFor(String path) {
		this.web.get().uri(path).exchange().returnResult(String.class);
		StatementCounter.reset();
		int status = this.web.get().uri(path).exchange().returnResult(String.class).getStatus().value();
		assertThat(status).as(path).isEqualTo(200);
		return StatementCounter.count();
	}

}
