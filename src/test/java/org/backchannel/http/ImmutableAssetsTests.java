package org.backchannel.http;

import org.backchannel.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files a page links by their content-hashed address are cached for a year and never
 * revalidated; at their plain address they keep the shorter cache. Reads only: in the
 * shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImmutableAssetsTests {

	@LocalServerPort
	int port;

	@Test
	void aHashedAssetIsCachedForAYearAsImmutableAndAPlainOneIsNot() {
		RestTestClient web = Http.client(this.port);
		Document page = Jsoup.parse(web.get().uri("/").exchange().returnResult(String.class).getResponseBody());
		String css = page.select("link[rel=stylesheet][href^=/assets/css/]").attr("href");
		String script = page.select("script[src^=/assets/js/backchannel]").attr("src");
		assertThat(css).matches("/assets/css/backchannel-[0-9a-f]{32}\\.css");
		for (String hashed : new String[] { css, script }) {
			EntityExchangeResult<String> asset = web.get().uri(hashed).exchange().returnResult(String.class);
			assertThat(asset.getStatus().value()).as(hashed).isEqualTo(200);
			assertThat(Http.header(asset, "Cache-Control")).as(hashed).hasValue("max-age=31536000, public, immutable");
		}
		EntityExchangeResult<String> plain = web.get()
			.uri("/assets/js/embed-resize.js")
			.exchange()
			.returnResult(String.class);
		assertThat(plain.getStatus().value()).isEqualTo(200);
		assertThat(Http.header(plain, "Cache-Control").orElse("")).doesNotContain("immutable");
	}

}
