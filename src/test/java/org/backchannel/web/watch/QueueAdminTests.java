package org.backchannel.web.watch;

import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.backchannel.watch.FeedPoller;
import org.backchannel.watch.QueueItem;
import org.backchannel.watch.QueueService;
import org.backchannel.source.Voice;
import org.backchannel.watch.WatchedSource;
import org.backchannel.watch.WatchedSourceData;
import org.backchannel.watch.WatchedSourceService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.testing.Html.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The watched sources' admin page, the review queue's page and its API, without a
 * browser: an admin adds a feed, an editor sees each item's state and acts on it, the API
 * and the Atom feed give the same queue to those signed in only.
 */
@SpringBootTest(properties = "backchannel.test-context=watch-web")
@AutoConfigureMockMvc
class QueueAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WatchedSourceService sources;

	@Autowired
	FeedPoller poller;

	@Autowired
	QueueService queue;

	@Autowired
	JdbcClient jdbc;

	MockWebServer server;

	@BeforeEach
	void start() throws Exception {
		this.server = new MockWebServer();
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String base = QueueAdminTests.this.server.url("").toString().replaceAll("/$", "");
				String name = request.getUrl().encodedPath().equals("/state/feed") ? "state-department.xml"
						: "wire.atom";
				return new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/xml")
					.body(resource(name).replace("{base}", base))
					.build();
			}

		});
		this.server.start(java.net.InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	static String resource(String name) {
		try (var in = QueueAdminTests.class.getResourceAsStream("/watch/" + name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder asAdmin(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("ada").roles("EDITOR", "ADMIN"));
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder asEditor(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("edith").roles("EDITOR"));
	}

	@Test
	void anAdminAddsAFeedWhichAnEditorCannotAndNoFeedIsReadMoreOftenThanEveryFiveMinutes() throws Exception {
		this.mvc.perform(asEditor(get("/admin/sources/watched"))).andExpect(status().isForbidden());
		Document tooOften = page(this.mvc
			.perform(asAdmin(post("/admin/sources/watched/new")).param("name", "Too often")
				.param("feedUrl", this.server.url("/often.rss").toString())
				.param("voice", "STATE_MEDIA")
				.param("language", "en")
				.param("intervalMinutes", "2")
				.param("enabled", "true"))
			.andExpect(status().isOk()));
		assertThat(tooOften.select("#error-intervalMinutes").text()).isEqualTo("must be at least 5 minutes.");
		assertThat(tooOften.select("#error-feedUrl")).isEmpty();

		this.mvc
			.perform(asAdmin(post("/admin/sources/watched/new")).param("name", "State Department readouts")
				.param("feedUrl", this.server.url("/state/feed").toString())
				.param("voice", "US_GOVERNMENT")
				.param("language", "en")
				.param("intervalMinutes", "15")
				.param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		Document list = page(this.mvc.perform(asAdmin(get("/admin/sources/watched"))).andExpect(status().isOk()));
		assertThat(list.select("#watched-sources tbody tr").text()).contains("State Department readouts",
				"US government", "every 15 min", "never");

		long id = this.jdbc.sql("select id from watched_source where name = 'State Department readouts'")
			.query(Long.class)
			.single();
		this.mvc.perform(asAdmin(post("/admin/sources/watched/" + id + "/poll")))
			.andExpect(status().is3xxRedirection());
		Document source = page(
				this.mvc.perform(asAdmin(get("/admin/sources/watched/" + id))).andExpect(status().isOk()));
		assertThat(source.select("#watched-items").text()).isEqualTo("1 / 1");
		assertThat(source.select("#watched-last-success").text()).isNotEqualTo("never");
		assertThat(source.select("#watched-flagged")).isEmpty();
	}

	@Test
	void theQueueShowsEachItemsStateAndAttachesARecordedContactInOneClick() throws Exception {
		WatchedSource wire = watch("Wire (queue page)", "/wire/world.atom");
		this.poller.poll(wire.id(), true);
		QueueItem call = item(wire, "Putin proposes");

		Document queue = page(this.mvc.perform(asEditor(get("/admin/queue"))).andExpect(status().isOk()));
		assertThat(queue.select("#item-" + call.id() + " .state").text()).isEqualTo("Reports a recorded contact");
		assertThat(queue.select("#item-" + call.id() + " .matched-event").text())
			.isEqualTo("2026-04-29-trump-putin-phone-call");
		assertThat(queue.select("#item-" + call.id() + " mark.evidence").text()).contains("spoke by phone");
		assertThat(queue.select("#queue-waiting").text()).startsWith(String.valueOf(this.queue.waiting()));
		QueueItem strikes = item(wire, "Second night");
		assertThat(queue.select("#item-" + strikes.id() + " .state").text()).isEqualTo("Not about a US–Russia contact");
		assertThat(queue.select("#item-" + strikes.id() + " .reason").text()).isNotBlank();

		this.mvc.perform(asEditor(post("/admin/queue/" + call.id() + "/attach")))
			.andExpect(status().is3xxRedirection());
		QueueItem attached = this.queue.find(call.id()).orElseThrow();
		assertThat(attached.attachedEvent()).isEqualTo("2026-04-29-trump-putin-phone-call");
		// the archived text is readable on the source's public page
		Document source = page(this.mvc.perform(get("/sources/" + attached.recordSource())).andExpect(status().isOk()));
		assertThat(source.text()).contains("Putin proposes Ukraine ceasefire as Trump call lasts 90 minutes",
				"frank and businesslike");

		this.mvc.perform(asEditor(post("/admin/queue/" + strikes.id() + "/dismiss")).param("reason", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(this.queue.find(strikes.id()).orElseThrow().decision()).isNull();
		this.mvc.perform(
				asEditor(post("/admin/queue/" + strikes.id() + "/dismiss")).param("reason", "Strikes, not a contact"))
			.andExpect(status().is3xxRedirection());
		Document after = page(this.mvc.perform(asEditor(get("/admin/queue"))).andExpect(status().isOk()));
		assertThat(after.select("#item-" + strikes.id() + " .decision").text()).contains("Dismissed by edith",
				"Strikes, not a contact");
	}

	@Test
	void createTheDraftOpensTheEventFormFilledFromTheItemWithItsSourceCited() throws Exception {
		WatchedSource state = watch("State (draft)", "/state/feed");
		this.poller.poll(state.id(), true);
		QueueItem readout = item(state, "Secretary Rubio");
		// the event form's own "show again" path renders it (MockMvc does not follow the
		// forward)
		String form = java.net.URLDecoder
			.decode(this.mvc.perform(asEditor(post("/admin/queue/" + readout.id() + "/draft")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getForwardedUrl(), java.nio.charset.StandardCharsets.UTF_8);
		long source = this.queue.find(readout.id()).orElseThrow().recordSource();
		assertThat(form).startsWith("/admin/events/new?_action=prefill")
			.contains("event.sources[0]=" + source, "event.when.date=2025-04-27", "event.type=PHONE_CALL",
					"event.participants[0].actor=marco-rubio", "event.participants[1].actor=sergei-lavrov");
		// a second click is refused until the first is undone
		this.mvc.perform(asEditor(post("/admin/queue/" + readout.id() + "/draft")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theApiAndTheAtomFeedGiveTheQueueToEditorsOnly() throws Exception {
		WatchedSource wire = watch("Wire (API)", "/wire/world.atom");
		this.poller.poll(wire.id(), true);
		this.mvc.perform(get("/api/queue")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/queue/feed.atom")).andExpect(status().isUnauthorized());
		String page = this.mvc.perform(get("/api/queue?limit=1").with(user("edith").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("\"items\":[{", "\"nextBefore\":");
		QueueItem strikes = item(wire, "Second night");
		this.mvc
			.perform(post("/api/queue/" + strikes.id() + "/dismiss").with(user("edith").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Not a contact\", \"why\": 1}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/queue/" + strikes.id() + "/dismiss").with(user("edith").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Not a contact\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/queue/" + strikes.id() + "/dismiss").with(user("edith").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Twice\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/api/queue/" + strikes.id() + "/undo").with(user("edith").roles("EDITOR")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/queue/999999/undo").with(user("edith").roles("EDITOR")))
			.andExpect(status().isNotFound());

		String atom = this.mvc.perform(get("/api/queue/feed.atom").with(user("edith").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(feed.getEntries()).extracting((e) -> e.getTitle())
			.contains("[Reports a recorded contact] Putin proposes Ukraine ceasefire as Trump call lasts 90 minutes");
	}

	private WatchedSource watch(String name, String path) {
		return this.sources.create(
				new WatchedSourceData(name, this.server.url(path).toString(), Voice.INDEPENDENT_MEDIA, "en", 15, true));
	}

	private QueueItem item(WatchedSource source, String title) {
		List<QueueItem> items = this.queue.page(null, 100, false);
		return items.stream()
			.filter((i) -> i.watchedSource() == source.id() && i.title().startsWith(title))
			.findFirst()
			.orElseThrow();
	}

}
