package org.backchannel.web.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backchannel.testing.CountedPages;
import org.backchannel.testing.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor list comes in keyset pages of {@value ActorController#PAGE_SIZE}, each
 * linking to the next, in the list's order (country, none last, then name), and a page
 * full costs the statements a few actors did. The caches are off, so every request does
 * the full work. (The context of the statement counts: the same settings, one database.)
 */
@StatementCounting
class ActorListPagesTests {

	@Autowired
	CountedPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListComesInPagesInCountryAndNameOrderAndEveryActorIsOnExactlyOne() {
		int few = this.pages.statementsFor("/actors");
		addActors(ActorController.PAGE_SIZE + 20);
		long total = this.jdbc.sql("select count(*) from actor").query(Long.class).single();
		assertThat(this.pages.statementsFor("/actors")).as("a page full costs what a few actors did").isEqualTo(few);

		List<String> seen = new ArrayList<>();
		String url = "/actors";
		String page = this.pages.page(url);
		assertThat(page).doesNotContain("id=\"first-page\"");
		int pageCount = 0;
		while (true) {
			pageCount++;
			List<String> slugs = CountedPages.slugs(page, "/actors/");
			assertThat(slugs).as(url).isNotEmpty().hasSizeLessThanOrEqualTo(ActorController.PAGE_SIZE);
			seen.addAll(slugs);
			Optional<String> next = CountedPages.next(page);
			if (next.isEmpty()) {
				break;
			}
			assertThat(slugs).hasSize(ActorController.PAGE_SIZE);
			url = next.get();
			assertThat(url).startsWith("/actors?after=");
			if (pageCount == 1) {
				assertThat(this.pages.statementsFor(url)).as("a later page costs one look-up of its start more")
					.isEqualTo(few + 1);
			}
			page = this.pages.page(url);
			assertThat(page).contains("id=\"first-page\" href=\"/actors\"");
		}
		assertThat(pageCount).isGreaterThanOrEqualTo(2);
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
		assertThat(this.pages.status("/actors?after=no-such-actor")).isEqualTo(404);
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

}
