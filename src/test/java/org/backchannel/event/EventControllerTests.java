package org.backchannel.event;

import java.util.List;
import java.util.Optional;

import org.backchannel.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(EventController.class)
@Import(SecurityConfiguration.class)
class EventControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private EventQueryService events;

	@Test
	void theTimelineListsEvents() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(), null, 0));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("events/timeline"))
			.andExpect(content().string(containsString("No events match these filters.")));
	}

	@Test
	void anInvalidFilterValueIsExplainedNotAnError() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(), null, 0));
		this.mvc.perform(get("/").param("from", "2025-13-45").param("type", "FOO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("errors"))
			.andExpect(content().string(containsString("must be a date in the form YYYY-MM-DD")))
			.andExpect(content().string(containsString("must be one of PHONE_CALL")));
	}

	@Test
	void anUnknownEventIsAFriendly404() throws Exception {
		given(this.events.findEvent(eq("missing"))).willReturn(Optional.empty());
		this.mvc.perform(get("/events/missing"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page.")));
	}

}
