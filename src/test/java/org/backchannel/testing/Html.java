package org.backchannel.testing;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.ResultActions;

/**
 * Parses a rendered page (HTML, not XML) so tests can look at its fields and messages.
 */
public final class Html {

	private Html() {
	}

	public static Document page(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The text of the element with this id, empty when there is none. */
	public static String text(Document page, String id) {
		return (page.getElementById(id) != null) ? page.getElementById(id).text() : "";
	}

	public static String value(Document page, String name) {
		return page.select("[name='" + name + "']").attr("value");
	}

	public static boolean has(Document page, String cssQuery) {
		return !page.select(cssQuery).isEmpty();
	}

}
