package org.backchannel.web.watch;

import java.net.InetAddress;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;
import org.backchannel.source.Voice;
import org.backchannel.testing.Http;
import org.backchannel.testing.TestAdmin;
import org.backchannel.watch.FeedPoller;
import org.backchannel.watch.QueueItem;
import org.backchannel.watch.QueueService;
import org.backchannel.watch.WatchedSource;
import org.backchannel.watch.WatchedSourceData;
import org.backchannel.watch.WatchedSourceService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.testing.Html.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Attach as that side's readout": the State Department's readout of a recorded call,
 * brought by a watched feed (served by a local server), becomes the US side's readout of
 * that call — on the page, its form filled in from the assistant's reading and its errors
 * shown by field; over HTTP in the API, its errors as problem details. The event page
 * shows it in the US column, the event's history has the change, and attaching twice adds
 * it once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=watch-readout")
@AutoConfigureMockMvc
class QueueReadoutTests {

	static final String CALL = "2025-04-27-rubio-lavrov-phone-call";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	WatchedSourceService sources;

	@Autowired
	FeedPoller poller;

	@Autowired
	QueueService queue;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	MockWebServer server;

	RestTestClient web;

	@BeforeEach
	void start() throws Exception {
		this.server = new MockWebServer();
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String base = QueueReadoutTests.this.server.url("").toString().replaceAll("/$", "");
				return new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/rss+xml")
					.body(QueueAdminTests.resource("state-department.xml").replace("{base}", base))
					.build();
			}

		});
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.web = Http.client(this.port);
		if (!this.users.exists("writer")) {
			this.users.createUser("writer", "writer-password-for-tests", Role.EDITOR);
		}
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("ada").roles("EDITOR", "ADMIN"));
	}

	@Test
	void theFormIsFilledFromTheAssistantsReadingAndShowsEachMistakeNextToItsField() throws Exception {
		QueueItem item = stateReadout("State (form)");

		Document form = page(
				this.mvc.perform(asAdmin(get("/admin/queue/" + item.id() + "/readout"))).andExpect(status().isOk()));
		assertThat(form.select("#readout-outlet").text()).isEqualTo("State (form)");
		assertThat(form.select("#slug").val()).isEqualTo(CALL);
		assertThat(form.select("#side option[selected]").val()).as("a US government feed speaks for the US")
			.isEqualTo("US");
		assertThat(form.select("#summary").text()).isNotBlank();

		Document blank = submit(item, "", "US", "", "");
		assertThat(blank.select("#error-issuer").text()).isEqualTo("is required.");
		assertThat(blank.select("#error-summary").text()).isEqualTo("is required.");
		Document ukraine = submit(item, "", "UKRAINE", "us-state-department", "A readout.");
		assertThat(ukraine.select("#error-side").text())
			.isEqualTo("must be US or RUSSIA: the US or the Russian side's readout.");
		Document nobody = submit(item, "", "US", "nobody", "A readout.");
		assertThat(nobody.select("#error-issuer").text()).isEqualTo("names no known actor ('nobody').");
		Document elsewhere = submit(item, "no-such-event", "US", "us-state-department", "A readout.");
		assertThat(elsewhere.select("#error-slug").text()).isEqualTo("names no recorded event ('no-such-event').");
		// nothing was decided: the item still waits, no source was stored
		QueueItem after = this.queue.find(item.id()).orElseThrow();
		assertThat(after.decision()).isNull();
		assertThat(after.recordSource()).isNull();
	}

	@Test
	void anAdminAttachesItAsTheUsReadoutWhichTheEventPageShowsOnRecordAndOnlyOnce() throws Exception {
		QueueItem item = stateReadout("State (page)");
		String summary = "Rubio and Lavrov discussed the next steps after Witkoff's visit (attached from the queue).";

		this.mvc
			.perform(asAdmin(post("/admin/queue/" + item.id() + "/readout")).param("side", "US")
				.param("issuer", "us-state-department")
				.param("summary", summary)
				.param("keyQuotes[0]", "serious about facilitating the end of this senseless war")
				.param("keyQuotes[1]", ""))
			.andExpect(redirectedUrl("/events/" + CALL))
			.andExpect(flash().attribute("message",
					org.hamcrest.Matchers.containsString("is the US side's readout of this event")));
		long source = this.queue.find(item.id()).orElseThrow().recordSource();

		Document event = page(this.mvc.perform(get("/events/" + CALL)).andExpect(status().isOk()));
		var us = event.select(".readout-column.side-US .readout:has(a.source-link[href=/sources/" + source + "])");
		assertThat(us.text()).contains("US State Department", summary, "serious about facilitating the end");
		assertThat(event.select(".readout-column.side-RUSSIA").text()).doesNotContain(summary);
		Document cited = page(this.mvc.perform(get("/sources/" + source)).andExpect(status().isOk()));
		assertThat(cited.text()).contains("State (page)", "US government");
		Document history = page(
				this.mvc.perform(asAdmin(get("/admin/events/" + CALL + "/history"))).andExpect(status().isOk()));
		assertThat(history.text()).contains("ada", "US readout by US State Department");
		long revisions = revisions();

		// the same attachment again: no second readout, no new revision
		this.mvc
			.perform(asAdmin(post("/admin/queue/" + item.id() + "/readout")).param("side", "US")
				.param("issuer", "us-state-department")
				.param("summary", summary))
			.andExpect(redirectedUrl("/events/" + CALL));
		assertThat(readoutsCiting(source)).isEqualTo(1);
		assertThat(revisions()).isEqualTo(revisions);
		Document queue = page(this.mvc.perform(asAdmin(get("/admin/queue"))).andExpect(status().isOk()));
		assertThat(queue.select("#item-" + item.id() + " .decision").text()).contains("Attached by ada",
				CALL + " as the US side's readout");

		// undo takes it off the event; attaching again adds it once
		this.mvc.perform(asAdmin(post("/admin/queue/" + item.id() + "/undo"))).andExpect(status().is3xxRedirection());
		assertThat(readoutsCiting(source)).isZero();
		this.mvc
			.perform(asAdmin(post("/admin/queue/" + item.id() + "/readout")).param("side", "US")
				.param("issuer", "us-state-department")
				.param("summary", summary))
			.andExpect(redirectedUrl("/events/" + CALL));
		assertThat(readoutsCiting(source)).isEqualTo(1);
	}

	@Test
	void anEditorsReadoutOfAPublishedEventAwaitsAnAdminsReview() throws Exception {
		QueueItem item = stateReadout("State (editor)");
		this.mvc
			.perform(post("/admin/queue/" + item.id() + "/readout").with(csrf())
				.with(user("edith").roles("EDITOR"))
				.param("side", "US")
				.param("issuer", "us-state-department")
				.param("summary", "The Secretary discussed the next steps (an editor's attachment)."))
			.andExpect(redirectedUrl("/admin/events/" + CALL))
			.andExpect(flash().attribute("message",
					org.hamcrest.Matchers.containsString("The change awaits an admin's review.")));
		long source = this.queue.find(item.id()).orElseThrow().recordSource();
		assertThat(readoutsCiting(source)).as("the published event is as it was").isZero();
		Document event = page(this.mvc.perform(get("/events/" + CALL)).andExpect(status().isOk()));
		assertThat(event.text()).doesNotContain("an editor's attachment");
	}

	@Test
	void theApiAttachesItAsAReadoutAndAnswersProblemDetailsByField() {
		QueueItem item = stateReadout("State (API)");
		String path = "/api/queue/" + item.id() + "/readout";
		String writer = Http.basic("writer", "writer-password-for-tests");

		EntityExchangeResult<String> blank = send(path, writer, "{\"side\": \"US\"}");
		assertThat(blank.getStatus().value()).isEqualTo(400);
		assertThat(blank.getResponseHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(fields(blank)).containsExactlyInAnyOrder("issuer", "summary");
		assertThat(fields(send(path, writer,
				"{\"side\": \"UKRAINE\", \"issuer\": \"us-state-department\", " + "\"summary\": \"A readout.\"}")))
			.containsExactly("side");
		assertThat(fields(send(path, writer,
				"{\"side\": \"EAST\", \"issuer\": \"us-state-department\", " + "\"summary\": \"A readout.\"}")))
			.containsExactly("side");
		assertThat(
				fields(send(path, writer, "{\"side\": \"US\", \"issuer\": \"nobody\", \"summary\": \"A readout.\"}")))
			.containsExactly("issuer");
		assertThat(send("/api/queue/999999/readout", writer,
				"{\"side\": \"US\", \"issuer\": \"us-state-department\", \"summary\": \"A readout.\"}")
			.getStatus()
			.value()).isEqualTo(404);

		String body = "{\"side\": \"US\", \"issuer\": \"us-state-department\", "
				+ "\"summary\": \"Rubio and Lavrov spoke at Lavrov's request (over the API).\", "
				+ "\"keyQuotes\": [\"senseless war\"]}";
		EntityExchangeResult<String> attached = send(path, TestAdmin.BASIC, body);
		assertThat(attached.getStatus().value()).as(attached.getResponseBody()).isEqualTo(200);
		JsonNode json = Http.json(attached);
		assertThat(json.get("decision").asString()).isEqualTo("ATTACHED");
		assertThat(json.get("attachedEvent").asString()).isEqualTo(CALL);
		assertThat(json.get("attachedSide").asString()).isEqualTo("US");
		assertThat(json.get("attachChanged").asBoolean()).isTrue();
		long source = json.get("recordSource").asLong();

		// the same request again answers the same item and adds nothing
		EntityExchangeResult<String> again = send(path, TestAdmin.BASIC, body);
		assertThat(again.getStatus().value()).isEqualTo(200);
		assertThat(Http.json(again).get("decidedAt")).isEqualTo(json.get("decidedAt"));
		assertThat(readoutsCiting(source)).isEqualTo(1);
		// another decision is refused until this one is undone
		assertThat(send("/api/queue/" + item.id() + "/dismiss", writer, "{\"reason\": \"Twice\"}").getStatus().value())
			.isEqualTo(409);

		JsonNode event = Http.json(this.web.get().uri("/api/events/" + CALL).exchange().returnResult(String.class));
		assertThat(event.get("readouts").findValuesAsString("summary"))
			.contains("Rubio and Lavrov spoke at Lavrov's request (over the API).");
	}

	private QueueItem stateReadout(String name) {
		WatchedSource source = this.sources.create(new WatchedSourceData(name,
				this.server.url("/state/feed?for=" + name.hashCode()).toString(), Voice.US_GOVERNMENT, "en", 15, true));
		this.poller.poll(source.id(), true);
		return this.queue.page(null, 100, false)
			.stream()
			.filter((i) -> i.watchedSource() == source.id())
			.findFirst()
			.orElseThrow();
	}

	private Document submit(QueueItem item, String slug, String side, String issuer, String summary) throws Exception {
		return page(this.mvc
			.perform(asAdmin(post("/admin/queue/" + item.id() + "/readout")).param("slug", slug)
				.param("side", side)
				.param("issuer", issuer)
				.param("summary", summary))
			.andExpect(status().isOk()));
	}

	private EntityExchangeResult<String> send(String path, String authorization, String body) {
		return this.web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", authorization)
			.body(body)
			.exchange()
			.returnResult(String.class);
	}

	private static java.util.List<String> fields(EntityExchangeResult<String> problem) {
		assertThat(problem.getStatus().value()).as(problem.getResponseBody()).isEqualTo(400);
		return Http.json(problem).get("errors").findValuesAsString("field");
	}

	private long readoutsCiting(long source) {
		return this.jdbc.sql("""
				select count(*) from readout r join event e on e.id = r.event_id
				where e.slug = :slug and r.source_id = :source and r.side = 'US'""")
			.param("slug", CALL)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	private long revisions() {
		return this.jdbc.sql("""
				select count(*) from revision r join event e on e.id = r.entity_id
				where r.entity_type = 'EVENT' and e.slug = :slug""").param("slug", CALL).query(Long.class).single();
	}

}
