package org.backchannel.web.event;

import org.backchannel.event.EventCitation;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event record cited in each style, with its last-updated day, its permanent address
 * and the day it was read.
 */
class EventCitationTests {

	static final EventCitation CITATION = new EventCitation("backchannel-2025-03-15-rubio-lavrov-phone-call",
			"Rubio–Lavrov phone call, 15 March 2025",
			"https://backchannel.example/events/2025-03-15-rubio-lavrov-phone-call", LocalDate.of(2026, 11, 30),
			LocalDate.of(2026, 12, 1));

	@Test
	void apaNamesTheSiteAsAuthorTheUpdateDayAndTheRetrievalDay() {
		assertThat(CITATION.apa().text()).isEqualTo("Backchannel. (2026, November 30). Rubio–Lavrov phone call, "
				+ "15 March 2025. Retrieved December 1, 2026, from "
				+ "https://backchannel.example/events/2025-03-15-rubio-lavrov-phone-call");
		assertThat(CITATION.apa().italic()).isEqualTo("Rubio–Lavrov phone call, 15 March 2025");
	}

	@Test
	void chicagoGivesTheLastModifiedAndAccessedDays() {
		assertThat(CITATION.chicago().text()).isEqualTo("Backchannel. “Rubio–Lavrov phone call, 15 March 2025.” "
				+ "Last modified November 30, 2026. Accessed December 1, 2026. "
				+ "https://backchannel.example/events/2025-03-15-rubio-lavrov-phone-call.");
	}

	@Test
	void mlaAbbreviatesMonthsAsMlaDoes() {
		assertThat(CITATION.mla().text()).isEqualTo("“Rubio–Lavrov phone call, 15 March 2025.” Backchannel, "
				+ "30 Nov. 2026, https://backchannel.example/events/2025-03-15-rubio-lavrov-phone-call. "
				+ "Accessed 1 Dec. 2026.");
		assertThat(CITATION.mla().italic()).isEqualTo("Backchannel");
	}

	@Test
	void bibtexIsAMiscEntryWithEscapedTitleAndUrlDate() {
		EventCitation awkward = new EventCitation("backchannel-x", "Talks on 50% of {grain} & more",
				"https://b.example/events/x", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
		assertThat(awkward.bibtex()).startsWith("@misc{backchannel-x,\n")
			.contains("  title = {{Talks on 50\\% of \\{grain\\} \\& more}},\n", "  author = {{Backchannel}},\n",
					"  date = {2026-11-30},\n", "  url = {https://b.example/events/x},\n",
					"  urldate = {2026-12-01},\n")
			.endsWith("}\n");
	}

	@Test
	void cslJsonIsAnArrayWithOneWebpageItem() {
		JsonNode items = JsonMapper.builder().build().readTree(CITATION.cslJson());
		assertThat(items.isArray()).isTrue();
		JsonNode item = items.get(0);
		assertThat(item.get("type").asString()).isEqualTo("webpage");
		assertThat(item.get("title").asString()).isEqualTo("Rubio–Lavrov phone call, 15 March 2025");
		assertThat(item.get("author").get(0).get("literal").asString()).isEqualTo("Backchannel");
		assertThat(item.get("URL").asString()).endsWith("/events/2025-03-15-rubio-lavrov-phone-call");
		assertThat(item.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2026,11,30]");
		assertThat(item.get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2026,12,1]");
	}

}
