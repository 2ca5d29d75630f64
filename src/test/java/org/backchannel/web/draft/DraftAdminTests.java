package org.backchannel.web.draft;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.backchannel.event.EventReadService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.web.AdminFormsTests.asEditor;
import static org.backchannel.testing.Html.has;
import static org.backchannel.testing.Html.page;
import static org.backchannel.testing.Html.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "New from a report" page without a browser: bad input is shown at its field, a
 * report with no contact says so, and a report of a recorded contact is added to it as a
 * source.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc
class DraftAdminTests {

	static final String REPORT = "Russian Foreign Minister Sergei Lavrov and US Secretary of State Marco Rubio spoke "
			+ "by phone on Saturday at the initiative of the American side, the Russian Foreign Ministry said.";

	@Autowired
	MockMvc mvc;

	@Autowired
	EventReadService events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmptyReportAndABadDateAreShownAtTheirFields() throws Exception {
		Document page = page(this.mvc
			.perform(asEditor(post("/admin/events/from-report")).param("text", " ").param("published", "16/03/2025"))
			.andExpect(status().isOk()));
		assertThat(text(page, "form-errors")).isNotEmpty();
		assertThat(page.select("#report-text.is-invalid")).hasSize(1);
		assertThat(page.select("#report-published.is-invalid")).hasSize(1);
		assertThat(page.text()).contains("must be a date written YYYY-MM-DD");
		assertThat(has(page, "#proposal-fields")).isFalse();
	}

	@Test
	void aReportWithoutAContactSaysSo() throws Exception {
		Document page = page(this.mvc
			.perform(asEditor(post("/admin/events/from-report"))
				.param("text", "Oil prices rose on Monday as traders weighed new sanctions.")
				.param("published", "2025-03-17"))
			.andExpect(status().isOk()));
		assertThat(text(page, "no-contact")).contains("No sentence reports a contact");
	}

	@Test
	void aReportOfAContactBetweenOtherCountriesSaysNoUsRussiaContactWasFoundAndWhatWas() throws Exception {
		Document page = page(
				this.mvc
					.perform(asEditor(post("/admin/events/from-report"))
						.param("text",
								"Ukrainian President Volodymyr Zelenskyy met US envoys Steve Witkoff and Jared Kushner "
										+ "in Berlin on Sunday for more than five hours of talks on the peace plan.")
						.param("published", "2025-12-15"))
					.andExpect(status().isOk()));
		assertThat(text(page, "no-contact")).contains("No US–Russia contact found.").contains("no Russian side");
		assertThat(page.select("#found-instead li").text()).contains("Zelenskyy met US envoys");
	}

	@Test
	void aPlannedContactGetsItsStatus() throws Exception {
		Document page = page(
				this.mvc
					.perform(asEditor(post("/admin/events/from-report"))
						.param("text",
								"Kremlin spokesman Dmitry Peskov confirmed that a telephone conversation between "
										+ "Vladimir Putin and Donald Trump will take place on Tuesday, March 18.")
						.param("published", "2025-03-17"))
					.andExpect(status().isOk()));
		assertThat(page.select("#field-status a").text()).isEqualTo("PLANNED");
		assertThat(page.select("#accept-form input[name='event.contactStatus']").attr("value")).isEqualTo("PLANNED");
		assertThat(page.select("#accept-form input[name='event.when.date']").attr("value")).isEqualTo("2025-03-18");
	}

	@Test
	void theProposalMarksItsSentencesAndFillsTheEventForm() throws Exception {
		Document page = page(this.mvc
			.perform(asEditor(post("/admin/events/from-report")).param("text", REPORT).param("published", "2025-05-18"))
			.andExpect(status().isOk()));
		assertThat(page.select("#report-evidence mark").text()).isEqualTo(REPORT);
		assertThat(page.select("#field-date a").attr("href")).isEqualTo("#ev-0");
		assertThat(page.select("#accept-form input[name='event.when.date']").attr("value")).isEqualTo("2025-05-17");
		assertThat(page.select("#accept-form input[name='event.initiated.initiator']").attr("value")).isEqualTo("US");
		assertThat(page.select("#duplicate-link").attr("href"))
			.isEqualTo("/admin/events/2025-05-17-rubio-lavrov-phone-call");
	}

	@Test
	void aReportOfARecordedContactIsAddedToItAsASource() throws Exception {
		String slug = "2025-05-17-rubio-lavrov-phone-call";
		int before = this.events.findEditable(slug).orElseThrow().data().sources().size();
		this.mvc
			.perform(asEditor(post("/admin/events/from-report/attach")).param("slug", slug)
				.param("text", REPORT)
				.param("published", "2025-05-18")
				.param("outlet", "A test agency"))
			.andExpect(redirectedUrl("/admin/events/" + slug));
		assertThat(this.events.findEditable(slug).orElseThrow().data().sources()).hasSize(before + 1);
		assertThat(this.jdbc.sql("select archived_text from source where outlet = 'A test agency'")
			.query(String.class)
			.single()).isEqualTo(REPORT);
	}

}
