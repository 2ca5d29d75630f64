package org.backchannel.web.actor;

import org.backchannel.actor.ActorKind;
import org.backchannel.actor.ActorPage;
import org.backchannel.actor.ActorRef;
import org.backchannel.actor.ActorReadService;
import org.backchannel.actor.ActorSummary;
import org.backchannel.actor.AliasView;
import org.backchannel.actor.Counterpart;
import org.backchannel.actor.RoleView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ActorController.class)
@Import(SecurityConfiguration.class)
class ActorControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ActorReadService actors;

	@MockitoBean
	private ActorDetailReader details;

	@Test
	void actorsAreListedByCountry() throws Exception {
		given(this.actors.findActorPage(null, ActorController.PAGE_SIZE)).willReturn(new ActorPage(
				List.of(new ActorSummary("sergei-lavrov", "Sergei Lavrov", ActorKind.PERSON, "RU", Side.RUSSIA, "FM",
						13),
						new ActorSummary("marco-rubio", "Marco Rubio", ActorKind.PERSON, "US", Side.US, "SecState", 1)),
				null));
		this.mvc.perform(get("/actors"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"country-RU\">Russia</h2>"),
					containsString("id=\"country-US\">United States</h2>"), containsString("13 events"),
					containsString("1 event<"), containsString("href=\"/actors/sergei-lavrov\""))));
	}

	@Test
	void anActorPageShowsRolesAliasesCounterpartsAndEvents() throws Exception {
		ActorDetail lavrov = new ActorDetail("sergei-lavrov", "Sergei Lavrov", ActorKind.PERSON, "RU", Side.RUSSIA,
				"Russian Foreign Minister.", List.of(new AliasView("Sergey Lavrov", "en")),
				List.of(new RoleView("Foreign Minister", "Russian MFA", LocalDate.of(2004, 3, 9), null, null)),
				List.of(new Counterpart(new ActorRef("marco-rubio", "Marco Rubio", Side.US), 13)), List.of(),
				Instant.now(), 0);
		given(this.details.find("sergei-lavrov")).willReturn(Optional.of(lavrov));
		this.mvc.perform(get("/actors/sergei-lavrov"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Sergei Lavrov</h1>"),
					containsString("lang=\"en\">Sergey Lavrov</span>"), containsString("From 9 March 2004"),
					containsString("href=\"/actors/marco-rubio\">Marco Rubio</a>"),
					containsString("href=\"/?actor=sergei-lavrov&amp;actor=marco-rubio\">13 contacts</a>"))));
	}

	@Test
	void anUnknownActorIsAFriendly404() throws Exception {
		given(this.details.find("nobody")).willReturn(Optional.empty());
		this.mvc.perform(get("/actors/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page.")));
	}

}
