package org.backchannel.watch;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.backchannel.event.EventReadService;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.source.Voice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Watched sources polled over real HTTP (a local server): the feed formats of the
 * Kremlin, the State Department and a wire service, and every fault the poller must
 * survive with the source's state saying what happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "backchannel.test-context=watch-polling", "backchannel.watch.read-timeout=2s",
				"backchannel.watch.connect-timeout=2s", "backchannel.watch.max-body=1MB" })
class FeedPollingTests {

	static final ChangeAuthor EDITOR = new ChangeAuthor("editor", false);

	@Autowired
	WatchedSourceService sources;

	@Autowired
	FeedPoller poller;

	@Autowired
	QueueService queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventReadService events;

	@Autowired
	MeterRegistry meters;

	@Autowired
	WatchHealthIndicator health;

	FeedServer server;

	@BeforeEach
	void start() throws Exception {
		this.server = new FeedServer();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private WatchedSource watch(String name, String path, Voice voice, String language) {
		return this.sources.create(new WatchedSourceData(name, this.server.url(path), voice, language, 15, true));
	}

	private List<QueueItem> itemsOf(WatchedSource source) {
		return this.queue.page(null, 100, false).stream().filter((i) -> i.watchedSource() == source.id()).toList();
	}

	private WatchedSource reread(WatchedSource source) {
		return this.sources.find(source.id()).orElseThrow();
	}

	@Test
	void aKremlinSummaryIsReadFromItsLinkedPageAndTheCallItReportsIsRecognised() throws Exception {
		this.server
			.route("/kremlin/news.rss",
					(r) -> (r.getHeaders().get("If-None-Match") != null) ? new MockResponse.Builder().code(304).build()
							: new MockResponse.Builder().code(200)
								.setHeader("Content-Type", "application/rss+xml; charset=utf-8")
								.setHeader("ETag", "\"k1\"")
								.body(this.server.resource("kremlin-news.xml"))
								.build())
			.route("/kremlin/events/president/news/2026-04-29", (r) -> FeedServer
				.ok(this.server.resource("kremlin-news-2026-04-29.html"), "text/html; charset=utf-8"));
		WatchedSource kremlin = watch("Kremlin (English)", "/kremlin/news.rss", Voice.RUSSIAN_GOVERNMENT, "en");

		FeedPoller.Outcome first = this.poller.poll(kremlin.id(), true);

		assertThat(first.error()).isNull();
		assertThat(first.queued()).isEqualTo(1);
		QueueItem item = itemsOf(kremlin).get(0);
		assertThat(item.title()).isEqualTo("Telephone conversation with President of the United States Donald Trump");
		// the feed has a one-line summary: the page's main text was read, without its
		// menu and footer
		assertThat(item.text()).contains("frank and businesslike", "truce for Victory Day")
			.doesNotContain("Creative Commons", "Structure");
		assertThat(item.state()).isEqualTo(ItemState.RECORDED_CONTACT);
		assertThat(item.matchedEvent()).isEqualTo("2026-04-29-trump-putin-phone-call");
		assertThat(item.guid()).isEqualTo(this.server.url("/kremlin/events/president/news/2026-04-29"));
		assertThat(item.published()).isEqualTo(Instant.parse("2026-04-29T16:30:00Z"));
		assertThat(item.textHash()).hasSize(64);
		// polite: the site is named, and the next poll asks only for what changed
		assertThat(this.server.requests("/kremlin/news.rss").get(0).getHeaders().get("User-Agent"))
			.startsWith("Backchannel/");

		FeedPoller.Outcome second = this.poller.poll(kremlin.id(), true);
		assertThat(second.error()).isNull();
		assertThat(this.server.requests("/kremlin/news.rss").get(1).getHeaders().get("If-None-Match"))
			.isEqualTo("\"k1\"");
		assertThat(itemsOf(kremlin)).hasSize(1);
		WatchedSource state = reread(kremlin);
		assertThat(state.lastSuccessAt()).isNotNull();
		assertThat(state.itemsSeen()).isEqualTo(1);
		assertThat(state.itemsQueued()).isEqualTo(1);
		assertThat(state.nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
	}

	@Test
	void aStateDepartmentReadoutOfARecordedCallIsAttachedForReviewAndTheAttachmentCanBeUndone() {
		this.server.route("/state/feed",
				(r) -> FeedServer.ok(this.server.resource("state-department.xml"), "application/rss+xml"));
		WatchedSource state = watch("State Department readouts", "/state/feed", Voice.US_GOVERNMENT, "en");
		this.poller.poll(state.id(), true);
		QueueItem item = itemsOf(state).get(0);
		assertThat(item.state()).isEqualTo(ItemState.RECORDED_CONTACT);
		assertThat(item.matchedEvent()).isEqualTo("2025-04-27-rubio-lavrov-phone-call");
		assertThat(item.text()).contains("serious about facilitating the end of this senseless war");

		QueueItem attached = this.queue.attach(item.id(), null, EDITOR);

		assertThat(attached.decision()).isEqualTo(Decision.ATTACHED);
		assertThat(attached.recordSource()).isNotNull();
		// an editor's change of a published event awaits review: the site keeps its
		// sources until an admin publishes the change
		assertThat(eventSources("2025-04-27-rubio-lavrov-phone-call")).doesNotContain(attached.recordSource());
		assertThat(this.events.findEditable("2025-04-27-rubio-lavrov-phone-call").orElseThrow().data().sources())
			.contains(attached.recordSource());
		assertThat(this.jdbc.sql("select archived_text from source where id = :id")
			.param("id", attached.recordSource())
			.query(String.class)
			.single()).isEqualTo(item.text());
		assertThat(this.queue.page(null, 100, true)).extracting(QueueItem::id).doesNotContain(item.id());

		QueueItem undone = this.queue.undo(item.id(), EDITOR);
		assertThat(undone.decision()).isNull();
		assertThat(eventSources("2025-04-27-rubio-lavrov-phone-call")).doesNotContain(attached.recordSource());
		assertThat(this.events.findEditable("2025-04-27-rubio-lavrov-phone-call").orElseThrow().data().sources())
			.doesNotContain(attached.recordSource());
		QueueItem dismissed = this.queue.dismiss(item.id(), "Already cited through seed 003", EDITOR);
		assertThat(dismissed.decisionReason()).isEqualTo("Already cited through seed 003");
	}

	@Test
	void aWireFeedInAtomKeepsWhatIsNotAboutAContactWithTheReason() {
		this.server.route("/wire/world.atom",
				(r) -> FeedServer.ok(this.server.resource("wire.atom"), "application/atom+xml"));
		WatchedSource wire = watch("A wire service", "/wire/world.atom", Voice.INDEPENDENT_MEDIA, "en");
		this.poller.poll(wire.id(), true);
		List<QueueItem> items = itemsOf(wire);
		assertThat(items).extracting(QueueItem::title)
			.containsExactlyInAnyOrder("Putin proposes Ukraine ceasefire as Trump call lasts 90 minutes",
					"Second night of Russian strikes on Kyiv kills two");
		QueueItem strikes = items.stream().filter((i) -> i.title().startsWith("Second")).findFirst().orElseThrow();
		assertThat(strikes.state()).isEqualTo(ItemState.NOT_A_CONTACT);
		assertThat(strikes.reason()).isNotBlank();
		QueueItem call = items.stream().filter((i) -> i.title().startsWith("Putin")).findFirst().orElseThrow();
		assertThat(call.state()).isEqualTo(ItemState.RECORDED_CONTACT);
		assertThat(call.matchedEvent()).isEqualTo("2026-04-29-trump-putin-phone-call");
	}

	@Test
	void aWindows1251FeedIsReadInItsOwnEncoding() {
		this.server.route("/mid/news.rss", (r) -> FeedServer
			.ok(this.server.bytes("mid-1251.xml", Charset.forName("windows-1251")), "application/rss+xml"));
		WatchedSource mid = watch("МИД России", "/mid/news.rss", Voice.RUSSIAN_GOVERNMENT, "ru");
		assertThat(this.poller.poll(mid.id(), true).error()).isNull();
		QueueItem item = itemsOf(mid).get(0);
		assertThat(item.title()).startsWith("О телефонном разговоре Министра иностранных дел России");
		assertThat(item.text()).contains("Сергей Лавров 12 августа провел телефонный разговор");
	}

	@Test
	void repeatedAndReorderedItemsAreQueuedOnceAndAnEditedItemBecomesARevision() {
		String feed = this.server.resource("wire.atom");
		String[] answer = { feed };
		this.server.route("/wire/world.atom", (r) -> FeedServer.ok(answer[0], "application/atom+xml"));
		WatchedSource wire = watch("Wire (repeats)", "/wire/world.atom", Voice.INDEPENDENT_MEDIA, "en");
		this.poller.poll(wire.id(), true);
		assertThat(itemsOf(wire)).hasSize(2);

		// the same entries again, the other way round and one of them twice
		int first = feed.indexOf("  <entry>");
		int second = feed.indexOf("  <entry>", first + 1);
		int end = feed.indexOf("</feed>");
		String one = feed.substring(first, second);
		String two = feed.substring(second, end);
		answer[0] = feed.substring(0, first) + two + one + two + "</feed>\n";
		FeedPoller.Outcome repeated = this.poller.poll(wire.id(), true);
		assertThat(repeated.queued()).isZero();
		assertThat(repeated.edited()).isZero();
		assertThat(itemsOf(wire)).hasSize(2);

		// the wire corrects its story: same id, new text
		answer[0] = feed.replace("for 90 minutes, the Kremlin said",
				"for more than an hour and a half, the Kremlin said");
		FeedPoller.Outcome edited = this.poller.poll(wire.id(), true);
		assertThat(edited.edited()).isEqualTo(1);
		assertThat(edited.queued()).isZero();
		QueueItem call = itemsOf(wire).stream().filter((i) -> i.title().startsWith("Putin")).findFirst().orElseThrow();
		assertThat(call.edited()).isTrue();
		assertThat(call.revision()).isEqualTo(2);
		assertThat(call.text()).contains("more than an hour and a half");
		assertThat(this.jdbc.sql("select text from feed_item_revision where feed_item_id = :id and revision = 1")
			.param("id", call.id())
			.query(String.class)
			.single()).contains("for 90 minutes");
		assertThat(itemsOf(wire)).hasSize(2);
	}

	@Test
	void faultsLeaveTheSourceSayingWhatHappened() {
		this.server
			.route("/slow",
					(r) -> new MockResponse.Builder().code(200)
						.headersDelay(5, TimeUnit.SECONDS)
						.body(this.server.resource("wire.atom"))
						.build())
			.route("/error", (r) -> new MockResponse.Builder().code(500).body("Internal Server Error").build())
			.route("/busy", (r) -> new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build())
			.route("/broken",
					(r) -> FeedServer.ok("<rss version=\"2.0\"><channel><item><title>Cut off", "application/rss+xml"))
			.route("/huge",
					(r) -> new MockResponse.Builder().code(200)
						.setHeader("Content-Type", "application/rss+xml")
						.body(new Zeros(50L * 1024 * 1024))
						.build())
			.route("/growing",
					(r) -> new MockResponse.Builder().code(200)
						.setHeader("Content-Type", "application/rss+xml")
						.chunkedBody(" ".repeat(2 * 1024 * 1024), 64 * 1024)
						.build())
			.route("/loop", (r) -> new MockResponse.Builder().code(302).setHeader("Location", "/loop").build())
			.route("/elsewhere",
					(r) -> new MockResponse.Builder().code(301).setHeader("Location", "file:///etc/passwd").build());

		assertThat(failure("/slow")).contains("timed out");
		assertThat(failure("/error")).contains("HTTP 500");
		assertThat(failure("/broken")).contains("Not a readable RSS or Atom feed");
		assertThat(failure("/huge")).contains("52428800 bytes", "refused unread");
		assertThat(failure("/growing")).contains("cut off");
		assertThat(failure("/loop")).contains("More than 5 redirects");
		assertThat(this.server.requests("/loop")).hasSize(6);
		assertThat(failure("/elsewhere")).contains("Only http and https");

		WatchedSource busy = watch("Busy", "/busy", Voice.AGGREGATOR, "en");
		this.poller.poll(busy.id(), true);
		WatchedSource waiting = reread(busy);
		assertThat(waiting.lastError()).contains("HTTP 429", "3600 s");
		assertThat(waiting.nextPollAt()).isBetween(Instant.now().plus(Duration.ofMinutes(55)),
				Instant.now().plus(Duration.ofMinutes(61)));

		// errors back off: twice the interval, then four times
		WatchedSource error = this.sources
			.find(this.jdbc.sql("select id from watched_source where feed_url = :url")
				.param("url", this.server.url("/error"))
				.query(Long.class)
				.single())
			.orElseThrow();
		this.poller.poll(error.id(), true);
		assertThat(reread(error).consecutiveFailures()).isEqualTo(2);
		assertThat(reread(error).nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
	}

	@Test
	void aSourceFailingForMoreThanADayIsFlaggedInTheHealthDetailsWhileTheAppStaysUp() {
		this.server.route("/down", (r) -> new MockResponse.Builder().code(503).build());
		WatchedSource down = watch("Down for days", "/down", Voice.STATE_MEDIA, "en");
		this.poller.poll(down.id(), true);
		assertThat(reread(down).flagged()).isFalse();
		this.jdbc.sql("update watched_source set failing_since = now() - interval '2 days' where id = :id")
			.param("id", down.id())
			.update();

		assertThat(reread(down).flagged()).isTrue();
		Health health = this.health.health();
		assertThat(health.getStatus().getCode()).isEqualTo("UP");
		assertThat(health.getDetails().get("failingForMoreThanADay").toString()).contains("Down for days", "HTTP 503");
		assertThat(this.meters.get("backchannel.watch.failing").tag("source", "Down for days").gauge().value())
			.isEqualTo(1);
	}

	@Test
	void theMetricsGiveEachSourcesCounts() {
		this.server.route("/wire/world.atom",
				(r) -> FeedServer.ok(this.server.resource("wire.atom"), "application/atom+xml"));
		WatchedSource wire = watch("Wire (metrics)", "/wire/world.atom", Voice.INDEPENDENT_MEDIA, "en");
		this.poller.poll(wire.id(), true);
		assertThat(this.meters.get("backchannel.watch.items.queued").tag("source", "Wire (metrics)").gauge().value())
			.isEqualTo(2);
		assertThat(this.meters.get("backchannel.watch.items.seen").tag("source", "Wire (metrics)").gauge().value())
			.isEqualTo(2);
		assertThat(this.meters.get("backchannel.watch.last.success").tag("source", "Wire (metrics)").gauge().value())
			.isGreaterThan(0);
	}

	private String failure(String path) {
		WatchedSource source = watch("Fault " + path, path, Voice.AGGREGATOR, "en");
		FeedPoller.Outcome outcome = this.poller.poll(source.id(), true);
		WatchedSource after = reread(source);
		assertThat(after.lastError()).isEqualTo(outcome.error());
		assertThat(after.failingSince()).isNotNull();
		assertThat(after.consecutiveFailures()).isEqualTo(1);
		assertThat(after.nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
		assertThat(itemsOf(source)).isEmpty();
		return after.lastError();
	}

	private List<Long> eventSources(String slug) {
		return this.jdbc
			.sql("select source_id from event_source x join event e on e.id = x.event_id where e.slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.list();
	}

	/** A body of zeros of a declared length, written only if it is read. */
	record Zeros(long length) implements MockResponseBody {

		@Override
		public long getContentLength() {
			return this.length;
		}

		@Override
		public void writeTo(BufferedSink sink) throws java.io.IOException {
			byte[] chunk = new byte[64 * 1024];
			for (long written = 0; written < this.length; written += chunk.length) {
				sink.write(chunk);
			}
		}

	}

}
