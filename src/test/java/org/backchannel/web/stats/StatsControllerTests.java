package org.backchannel.web.stats;

import org.backchannel.stats.StatsService;

import java.util.List;

import org.backchannel.actor.ActorRef;
import org.backchannel.event.Channel;
import org.backchannel.event.Initiator;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
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

@WebMvcTest(StatsController.class)
@Import(SecurityConfiguration.class)
class StatsControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private StatsService stats;

	@Test
	void eachChartHasItsDataBlockAndATable() throws Exception {
		given(this.stats.statistics()).willReturn(new StatsService.Statistics(3,
				List.of(new StatsService.MonthCount(PartialDate.month(2025, 2), List.of(1L, 1L, 0L, 0L, 0L, 0L)),
						new StatsService.MonthCount(PartialDate.month(2025, 3), List.of(1L, 0L, 0L, 0L, 0L, 0L))),
				List.of(new StatsService.ChannelCount(Channel.MINISTERS, 2, 0),
						new StatsService.ChannelCount(Channel.LEADERS, 1, 1)),
				List.of(new StatsService.InitiatorCount(Initiator.US, 2),
						new StatsService.InitiatorCount(Initiator.RUSSIA, 1)),
				List.of(new StatsService.PairCount(new ActorRef("marco-rubio", "Marco Rubio", Side.US),
						new ActorRef("sergei-lavrov", "Sergei </script> Lavrov", Side.RUSSIA), 3))));
		this.mvc.perform(get("/stats"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<script type=\"application/json\" id=\"stats-data\">"),
					containsString("\"labels\":[\"February 2025\",\"March 2025\"]"),
					containsString("\"label\":\"Ministers (Rubio–Lavrov)\",\"data\":[1,1]"),
					containsString("\"label\":\"Leaders (Trump–Putin)\",\"data\":[1,0]"),
					containsString("id=\"table-channels\""), containsString("Planned, cancelled or postponed"),
					containsString("Sergei \\u003c/script> Lavrov"), not(containsString("Sergei </script>")),
					containsString("id=\"table-months\""), containsString("<th scope=\"row\">February 2025</th>"),
					containsString("id=\"table-initiators\""), containsString("id=\"table-pairs\""),
					containsString("The 50 pairs with the most contacts are shown."), containsString("/dist/chart.umd"),
					containsString("/assets/js/stats-"))));
	}

}
