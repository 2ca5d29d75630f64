package org.backchannel.web.event;

import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feed parses with ROME and carries what RFC 4287 requires; every page links to
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AtomFeedTests {

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void theFeedCarriesIdUpdatedAuthorAndLinks() throws Exception {
		EntityExchangeResult<String> response = this.web.get().uri("/feed.atom").exchange().returnResult(String.class);
		assertThat(response.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(response, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));

		Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.getResponseBody()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		// Not the host's URL: the id stays the same whatever host serves the feed.
		assertThat(feed.getId()).isEqualTo("tag:backchannel,2025:feed");
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getAuthors()).isNotEmpty();
		assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(Http.url(this.port, "/"));
		assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");

		List<Entry> entries = feed.getEntries();
		// the feed carries the 50 most recently changed of the 64 seeded events
		assertThat(entries).hasSize(50);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.getId()).startsWith("tag:backchannel,2025:event/");
			assertThat(entry.getUpdated()).isNotNull();
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getAlternateLinks()).singleElement()
				.satisfies((link) -> assertThat(link.getHref()).startsWith(Http.url(this.port, "/events/")));
			assertThat(entry.getSummary().getValue()).isNotBlank();
		});
		assertThat(entries).extracting(Entry::getUpdated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(feed.getUpdated()).isEqualTo(entries.get(0).getUpdated());

		SyndFeed generic = new SyndFeedInput().build(new StringReader(response.getResponseBody()));
		assertThat(generic.getEntries()).hasSize(50);
	}

	@Test
	void theFeedHonoursTheFilters() throws Exception {
		Feed meetings = (Feed) new WireFeedInput().build(new StringReader(
				this.web.get().uri("/feed.atom?type=MEETING").exchange().returnResult(String.class).getResponseBody()));
		assertThat(meetings.getEntries()).hasSize(18)
			.allSatisfy((entry) -> assertThat(entry.getCategories()).singleElement()
				.satisfies((category) -> assertThat(category.getTerm()).isEqualTo("MEETING")));
		assertThat(meetings.getId()).isEqualTo("tag:backchannel,2025:feed?type=MEETING");
	}

	@Test
	void everyPageLinksToTheFeed() {
		for (String page : new String[] { "/", "/events/2025-03-15-rubio-lavrov-phone-call" }) {
			assertThat(this.web.get().uri(page).exchange().returnResult(String.class).getResponseBody()).as(page)
				.containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]*href=\"/feed.atom\"");
		}
	}

}
