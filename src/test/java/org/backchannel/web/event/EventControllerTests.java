package org.backchannel.web.event;

import org.backchannel.testing.Records;
import org.backchannel.event.Channel;
import org.backchannel.event.ConfirmationLevel;
import org.backchannel.event.Confirmation;
import org.backchannel.event.Coverage;
import org.backchannel.event.CoverageService;
import org.backchannel.event.ClaimStatus;
import org.backchannel.event.ClaimView;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventDetail;
import org.backchannel.event.Where;
import org.backchannel.event.EventFilter;
import org.backchannel.event.EventPage;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventReadService.EventInContext;
import org.backchannel.event.EventSummary;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.ParticipantView;
import org.backchannel.event.QuoteView;
import org.backchannel.event.ReadoutView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backchannel.actor.ActorRef;
import org.backchannel.actor.ActorReadService;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;
import org.backchannel.proposal.PositionView;
import org.backchannel.proposal.ProposalRef;
import org.backchannel.proposal.ProposalReadService;
import org.backchannel.proposal.Stance;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;
import org.backchannel.security.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(EventController.class)
@Import({ SecurityConfiguration.class, FilterDescription.class })
class EventControllerTests {

	static final Confirmation BOTH = new Confirmation(ConfirmationLevel.BOTH_GOVERNMENTS,
			"The US (US Department of State) and Russia (Russian Ministry of Foreign Affairs) each gave an account.");

	static final SourceRef SOURCE = new SourceRef(7,
			"Thanh Niên (thanhnien.vn), English translation of the Vietnamese original", "Rubio and Lavrov spoke",
			"https://example.org/a", PartialDate.day(LocalDate.of(2025, 3, 16)), Voice.STATE_MEDIA);

	static final EventSummary CALL = new EventSummary(1, "2025-03-15-rubio-lavrov-phone-call",
			"Rubio–Lavrov phone call", EventType.PHONE_CALL, Channel.MINISTERS, ContactStatus.HELD, null, BOTH,
			PartialDate.day(LocalDate.of(2025, 3, 15)), null, null, Initiator.US, List
				.of(new ParticipantView("marco-rubio", "Marco Rubio", Side.US, ParticipantRole.PRINCIPAL, null),
						new ParticipantView("sergei-lavrov", "Sergei Lavrov", Side.RUSSIA, ParticipantRole.PRINCIPAL,
								null)),
			List.of(new ProposalRef("30-day-ceasefire", "30-day ceasefire")), 3, Instant.now());

	static final EventSummary MEETING = new EventSummary(2, "2025-02-18-rubio-lavrov-meeting-riyadh",
			"Rubio–Lavrov meeting in Riyadh", EventType.MEETING, Channel.MINISTERS, ContactStatus.HELD, null,
			Confirmation.NOT_ASSESSED, PartialDate.day(LocalDate.of(2025, 2, 18)), "Diriyah Palace, Riyadh", "SA",
			Initiator.NOT_REPORTED, List.of(), List.of(), 1, Instant.now());

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private EventReadService events;

	@MockitoBean
	private ActorReadService actors;

	@MockitoBean
	private ProposalReadService proposals;

	@MockitoBean
	private CoverageService coverage;

	@BeforeEach
	void options() {
		given(this.coverage.coverage())
			.willReturn(Coverage.of(YearMonth.of(2025, 2), YearMonth.of(2026, 3), LocalDate.of(2026, 11, 30)));
		given(this.actors.findFilterOptions(any()))
			.willReturn(List.of(new ActorRef("sergei-lavrov", "Sergei Lavrov", Side.RUSSIA)));
		given(this.proposals.findProposalRefs())
			.willReturn(List.of(new ProposalRef("30-day-ceasefire", "30-day ceasefire")));
	}

	@Test
	void theTimelineGroupsEventsByMonthWithTheirDetails() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt()))
			.willReturn(new EventPage(List.of(CALL, MEETING), null, 2));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("events/timeline"))
			.andExpect(content()
				.string(allOf(containsString("<h2 class=\"h5 month-heading\" id=\"month-2025-03\">March 2025</h2>"),
						containsString("id=\"month-2025-02\">February 2025</h2>"), containsString("15 March 2025"),
						containsString("Phone call"), containsString("Marco Rubio"),
						containsString("Initiated by: United States"),
						containsString("href=\"/proposals/30-day-ceasefire\""), containsString("3 sources"),
						containsString("Diriyah Palace, Riyadh"), containsString("Show oldest first"))));
	}

	@Test
	void aTimelineCardGroupsParticipantsBySideAndShowsOnlyTheFactsSourcesGive() throws Exception {
		EventSummary talks = new EventSummary(3, "2025-02-18-talks", "Talks", EventType.MEETING, Channel.MINISTERS,
				ContactStatus.HELD, null, Confirmation.NOT_ASSESSED, PartialDate.day(LocalDate.of(2025, 2, 18)), null,
				null, Initiator.NOT_REPORTED,
				List.of(new ParticipantView("sergei-lavrov", "Sergei Lavrov", Side.RUSSIA, ParticipantRole.PRINCIPAL,
						null),
						new ParticipantView("marco-rubio", "Marco Rubio", Side.US, ParticipantRole.PRINCIPAL, null),
						new ParticipantView("yuri-ushakov", "Yuri Ushakov", Side.RUSSIA,
								ParticipantRole.DELEGATION_MEMBER, null),
						new ParticipantView("mike-waltz", "Mike Waltz", Side.US, ParticipantRole.DELEGATION_MEMBER,
								null)),
				List.of(), 0, Instant.now());
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(talks), null, 1));
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Element card = Jsoup.parse(page).selectFirst(".event-entry");
		assertThat(card.select(".participant-side").eachText())
			.containsExactly("United States: Marco Rubio, Mike Waltz", "Russia: Sergei Lavrov, Yuri Ushakov");
		assertThat(card.text()).doesNotContain("Initiated by", "Not reported", "0 sources", "Proposals:");
	}

	@Test
	void everyTimelineCardShowsItsConfirmationAndOneClickKeepsBothGovernments() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt()))
			.willReturn(new EventPage(List.of(CALL, MEETING), null, 2));
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		List<Element> badges = Jsoup.parse(page).select(".event-entry .confirmation-badge");
		assertThat(badges).extracting(Element::text)
			.containsExactly("Confirmed by both governments", "Reported by media only");
		assertThat(badges.get(0).attr("title")).isEqualTo(BOTH.reason());
		assertThat(badges.get(0).classNames()).contains("confirmation-BOTH_GOVERNMENTS")
			.doesNotContain("contact-status");
		assertThat(Jsoup.parse(page).selectFirst("label[for=filter-confirmation]").text())
			.isEqualTo("Only contacts both governments confirmed");
		this.mvc.perform(get("/").param("confirmation", "BOTH_GOVERNMENTS")).andExpect(status().isOk());
		ArgumentCaptor<EventFilter> filter = ArgumentCaptor.forClass(EventFilter.class);
		verify(this.events, org.mockito.Mockito.atLeastOnce()).findEvents(filter.capture(), any(), anyInt());
		assertThat(filter.getValue().confirmations()).containsExactly(ConfirmationLevel.BOTH_GOVERNMENTS);
		this.mvc.perform(get("/").param("confirmation", "CERTAIN"))
			.andExpect(content().string(containsString("&#39;confirmation&#39; must be one of BOTH_GOVERNMENTS")));
	}

	@Test
	void theFilterButtonSaysHowManyFiltersAreActive() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(CALL), null, 1));
		this.mvc.perform(get("/"))
			.andExpect(content()
				.string(containsString("<span id=\"filter-count\" class=\"filter-count\">(none active)</span>")));
		this.mvc.perform(get("/").param("type", "PHONE_CALL").param("type", "MEETING").param("q", "Lavrov"))
			.andExpect(content().string(containsString(">(2 active)</span>")));
		this.mvc.perform(get("/").param("direct", "true").header("HX-Request", "true"))
			.andExpect(content().string(containsString("data-hx-swap-oob=\"true\">(1 active)</span>")));
	}

	@Test
	void theFiltersReachTheQueryServiceAndStayInTheForm() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(CALL), "abc", 30));
		this.mvc
			.perform(get("/").param("type", "PHONE_CALL")
				.param("actor", "sergei-lavrov")
				.param("q", "Sergey Lavrov")
				.param("direct", "true")
				.param("initiator", "US")
				.param("from", "2025-03-01")
				.param("proposal", "30-day-ceasefire")
				.param("sort", "date_asc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Sergey Lavrov\""),
					containsString("value=\"PHONE_CALL\" checked=\"checked\""),
					containsString("selected=\"selected\">Sergei Lavrov (Russia)</option>"),
					containsString("aria-describedby=\"error-direct\" checked=\"checked\""),
					containsString("value=\"2025-03-01\""), containsString("Show newest first"),
					containsString("cursor=abc"))));
		ArgumentCaptor<EventFilter> filter = ArgumentCaptor.forClass(EventFilter.class);
		verify(this.events).findEvents(filter.capture(), eq(null), eq(EventController.PAGE_SIZE));
		assertThat(filter.getValue()).isEqualTo(new EventFilter(List.of("sergei-lavrov"), List.of(EventType.PHONE_CALL),
				List.of(), List.of(), Initiator.US, LocalDate.of(2025, 3, 1), null, "30-day-ceasefire", true,
				"Sergey Lavrov", true, null));
	}

	@Test
	void theNextPageLinkKeepsTheFilters() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(CALL), "abc", 30));
		this.mvc.perform(get("/").param("type", "PHONE_CALL"))
			.andExpect(content().string(containsString("href=\"/?type=PHONE_CALL&amp;cursor=abc\"")));
	}

	@Test
	void theFormsBlankFieldsAreDroppedFromTheAddressByARedirect() throws Exception {
		this.mvc
			.perform(get("/").param("q", "")
				.param("type", "PHONE_CALL")
				.param("from", "")
				.param("sort", "")
				.param("actor", "sergei-lavrov"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/?type=PHONE_CALL&actor=sergei-lavrov"));
		this.mvc.perform(get("/").param("q", "").param("to", "")).andExpect(header().string("Location", "/"));
	}

	@Test
	void everyPageSaysWhatItIsToSearchEnginesAndLinkPreviews() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(CALL), null, 1));
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(
					containsString(
							"<meta name=\"description\" content=\"Every recorded contact between the US and Russia"),
					containsString("<meta property=\"og:title\" content=\"Timeline of contacts\">"),
					containsString("<meta property=\"og:url\" content=\"http://localhost/\">"),
					containsString("<meta name=\"twitter:card\" content=\"summary\">"),
					containsString("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">"))));
	}

	@Test
	void anInvalidFilterValueIsExplainedNextToItsFilter() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(), null, 0));
		this.mvc.perform(get("/").param("from", "2025-13-45").param("type", "FOO").param("cursor", "nonsense"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("errors"))
			.andExpect(content().string(allOf(
					containsString("<div id=\"error-from\" class=\"filter-error small text-danger fw-semibold mt-1\">"
							+ "&#39;from&#39; must be a date in the form YYYY-MM-DD"),
					containsString("<div id=\"error-type\" class=\"filter-error small text-danger fw-semibold mt-1\">"
							+ "&#39;type&#39; must be one of PHONE_CALL"),
					containsString("The cursor is not one"), containsString("No events match these filters."),
					containsString("Clear filters"))));
	}

	@Test
	void anHtmxRequestGetsOnlyTheResultsAndTheErrorSlots() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(CALL), null, 1));
		this.mvc.perform(get("/").param("type", "FOO").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(not(containsString("<html")), not(containsString("id=\"filters\"")),
					containsString("<div id=\"results\""), containsString("1 event"),
					containsString("id=\"error-type\""), containsString("data-hx-swap-oob=\"true\""),
					containsString("must be one of PHONE_CALL"))));
	}

	@Test
	void aHistoryRestoreRequestGetsTheWholePage() throws Exception {
		given(this.events.findEvents(any(), any(), anyInt())).willReturn(new EventPage(List.of(CALL), null, 1));
		this.mvc.perform(get("/").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"filters\""))));
	}

	@Test
	void theEventPageShowsBothReadoutsStancesAndSources() throws Exception {
		ActorRef state = new ActorRef("us-state-department", "US State Department", Side.US);
		ActorRef mfa = new ActorRef("russian-mfa", "Russian Ministry of Foreign Affairs", Side.RUSSIA);
		ActorRef trump = new ActorRef("donald-trump", "Donald Trump", Side.US);
		EventDetail detail = new EventDetail(1, CALL.slug(), CALL.title(), EventType.PHONE_CALL,
				new EventDetail.Contact(Channel.MINISTERS, ContactStatus.HELD, null, BOTH),
				new EventDetail.When(CALL.date(), null, null, 270), Records.of(Where.class),
				new EventDetail.Initiated(Initiator.US, null, "According to the Russian MFA", SOURCE), "They spoke.",
				CALL.participants(),
				new EventDetail.Statements(List.of(
						new ReadoutView(Side.US, state, "Next steps on Ukraine.", List.of("end the war now"), SOURCE,
								null),
						new ReadoutView(Side.RUSSIA, mfa, "An end to the use of force.", List.of(), SOURCE, "ru")),
						List.of(new QuoteView(trump, "No wait at all", "to reporters", SOURCE)),
						List.of(new ClaimView("Witkoff waited nine hours.", ClaimStatus.DENIED, trump, SOURCE))),
				CALL.proposals(), List.of(SOURCE), new EventDetail.Stamp(Instant.now(), Instant.now(), 0));
		given(this.events.findEventInContext("2025-03-15-rubio-lavrov-phone-call")).willReturn(
				Optional.of(
						new EventInContext(detail,
								new EventReadService.Neighbours(
										new EventReadService.EventLink("2025-02-18-rubio-lavrov-meeting-riyadh",
												"Rubio–Lavrov meeting", PartialDate.day(LocalDate.of(2025, 2, 18))),
										null),
								Map.of("30-day-ceasefire", List.of(new PositionView(trump, Stance.PROPOSED,
										PartialDate.day(LocalDate.of(2025, 3, 11)), null, SOURCE))))));
		this.mvc.perform(get("/events/2025-03-15-rubio-lavrov-phone-call"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-side=\"US\""),
					containsString("data-side=\"RUSSIA\""), containsString("Next steps on Ukraine."),
					containsString("An end to the use of force."), containsString("4 h 30 min"),
					// The language a readout was issued in, where recorded, by its name.
					containsString("readout-language\">Issued in Russian</p>"), containsString("Denied"),
					containsString("denied by Donald Trump"), containsString("proposed it"),
					containsString("stance as of 11 March 2025"),
					containsString("href=\"/sources/7\">archived copy</a>"),
					containsString("Previous contact: Rubio–Lavrov meeting, 18 February 2025"),
					// Sources are named by their outlet's short name; the description is
					// on /sources/7.
					containsString("class=\"source-link\" href=\"/sources/7\">Thanh Niên</a>"),
					containsString("<span class=\"fw-semibold source-name\">Thanh Niên</span>"),
					not(containsString("English translation of the Vietnamese original")))));
		String page = this.mvc.perform(get("/events/2025-03-15-rubio-lavrov-phone-call"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element confirmation = Jsoup.parse(page).getElementById("event-confirmation");
		assertThat(confirmation.selectFirst(".confirmation-badge").text()).isEqualTo("Confirmed by both governments");
		assertThat(confirmation.getElementById("event-confirmation-reason").text()).isEqualTo(BOTH.reason());
		// Sources grouped by whose voice they are.
		assertThat(Jsoup.parse(page).select("#sources .source-voice h3").eachText()).containsExactly("State media");
		assertThat(Jsoup.parse(page).select("#sources-STATE_MEDIA li .source-name").eachText())
			.containsExactly("Thanh Niên");
	}

	@Test
	void anEventPageOffersItsCitationAndTheTagsReferenceManagersRead() throws Exception {
		EventDetail detail = new EventDetail(1, CALL.slug(), CALL.title(), EventType.PHONE_CALL,
				new EventDetail.Contact(Channel.MINISTERS, ContactStatus.HELD, null, BOTH),
				new EventDetail.When(CALL.date(), null, null, null), Records.of(Where.class),
				new EventDetail.Initiated(Initiator.US, null, null, null), "They spoke.", CALL.participants(),
				new EventDetail.Statements(List.of(), List.of(), List.of()), List.of(), List.of(),
				new EventDetail.Stamp(Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"), 0));
		given(this.events.findEvent(CALL.slug())).willReturn(Optional.of(detail));
		given(this.events.findEventInContext(CALL.slug()))
			.willReturn(Optional.of(new EventInContext(detail, new EventReadService.Neighbours(null, null), Map.of())));
		String url = "http://localhost/events/2025-03-15-rubio-lavrov-phone-call";
		this.mvc.perform(get("/events/" + CALL.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<meta name=\"citation_title\" content=\"Rubio–Lavrov phone call, 15 March 2025\">"),
					containsString("<meta name=\"citation_date\" content=\"2026-11-30\">"),
					containsString("<meta name=\"citation_publisher\" content=\"Backchannel\">"),
					containsString("<meta name=\"DC.identifier\" content=\"" + url + "\">"),
					containsString("<meta property=\"og:type\" content=\"article\">"),
					containsString("<meta name=\"description\" content=\"They spoke.\">"),
					containsString(
							"Backchannel. (2026, November 30). </span><i>Rubio–Lavrov phone call, 15 March 2025</i>"),
					containsString("Last modified November 30, 2026."),
					containsString("href=\"/events/2025-03-15-rubio-lavrov-phone-call/cite.bib\""),
					containsString("href=\"/events/2025-03-15-rubio-lavrov-phone-call/cite.json\""))));
		this.mvc.perform(get("/events/" + CALL.slug() + "/cite.bib"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/x-bibtex;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"2025-03-15-rubio-lavrov-phone-call.bib\""))
			.andExpect(content().string(allOf(containsString("@misc{backchannel-2025-03-15-rubio-lavrov-phone-call,"),
					containsString("url = {" + url + "}"))));
		this.mvc.perform(get("/events/" + CALL.slug() + "/cite.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.citationstyles.csl+json"))
			.andExpect(content().string(containsString("\"URL\" : \"" + url + "\"")));
		given(this.events.findEvent("missing")).willReturn(Optional.empty());
		this.mvc.perform(get("/events/missing/cite.bib")).andExpect(status().isNotFound());
	}

	@Test
	void anUnknownEventIsAFriendly404() throws Exception {
		given(this.events.findEventInContext(eq("missing"))).willReturn(Optional.empty());
		this.mvc.perform(get("/events/missing"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("We could not find that page."),
					containsString("No event &#39;missing&#39; is known"), not(containsString("Exception")))));
	}

}
