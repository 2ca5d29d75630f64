package org.backchannel.web.api;

import org.backchannel.http.RecordTags;
import org.backchannel.web.event.EventApiController;

import org.backchannel.event.EventReadService;
import org.backchannel.event.EventWriteService;
import org.backchannel.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in client that writes to the read-only API gets a 405 problem document with
 * the allowed methods, not an HTML page.
 */
@WebMvcTest(EventApiController.class)
@Import({ SecurityConfiguration.class, ApiExceptionHandler.class, RecordTags.class })
class ApiRoutingErrorTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EventReadService events;

	@MockitoBean
	EventWriteService drafts;

	@Test
	void anAnonymousPatchOrOptionsIsAnsweredByTheRoutesNotBySignIn() throws Exception {
		this.mvc.perform(patch("/api/events/2025-03-15-rubio-lavrov-phone-call"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(jsonPath("$.type").value(containsString("/problems/")));
		this.mvc.perform(options("/api/events"))
			.andExpect(status().isOk())
			.andExpect(header().string("Allow", containsString("GET")));
	}

	@Test
	@WithMockUser(roles = { "EDITOR", "ADMIN" })
	void aMethodTheApiDoesNotOfferIsA405ProblemDocument() throws Exception {
		this.mvc.perform(put("/api/events").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(jsonPath("$.title").value("Method not allowed"))
			.andExpect(jsonPath("$.detail").value(containsString("PUT")));
		this.mvc.perform(patch("/api/events/2025-03-15-rubio-lavrov-phone-call").with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
