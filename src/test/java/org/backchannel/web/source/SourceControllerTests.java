package org.backchannel.web.source;

import org.backchannel.source.SourceDetail;
import org.backchannel.source.SourceReadService;
import org.backchannel.source.Voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.backchannel.model.PartialDate;
import org.backchannel.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SourceController.class)
@Import(SecurityConfiguration.class)
class SourceControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SourceReadService sources;

	@Test
	void theArchivedTextIsShownAsEscapedText() throws Exception {
		given(this.sources.findSource(2)).willReturn(Optional.of(new SourceDetail(2, "thanhnien.vn", "Rubio and Lavrov",
				"https://thanhnien.vn/a", "vi", PartialDate.day(LocalDate.of(2025, 3, 16)), "AFP, Reuters", "001.txt",
				"First line\n<script>alert('x')</script>\nLast line", Voice.STATE_MEDIA, "Vietnam", null, Instant.now(),
				1)));
		this.mvc.perform(get("/sources/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("16 March 2025"), containsString("Vietnamese"),
					containsString("href=\"https://thanhnien.vn/a\""), containsString("AFP, Reuters"),
					containsString("First line\n&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\nLast line"),
					not(containsString("<script>alert")))));
	}

	@Test
	void anUnknownOrMalformedSourceIsAFriendly404() throws Exception {
		given(this.sources.findSource(99)).willReturn(Optional.empty());
		this.mvc.perform(get("/sources/99")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sources/not-a-number"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page.")));
	}

}
