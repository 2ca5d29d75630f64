package org.backchannel.event;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import tools.jackson.databind.json.JsonMapper;

import org.backchannel.history.ChangeAction;
import org.backchannel.history.EntityType;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Side;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.event.EventDataBuilder.aPhoneCall;
import static org.backchannel.event.EventDataBuilder.from;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The write side of events on the real database: rules, drafts, conflicts, history and
 * restore.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc // shares the admin forms' context
class EventWriteServiceTests {

	static final ChangeAuthor EDITOR = new ChangeAuthor("edith", false);

	static final ChangeAuthor ADMIN = new ChangeAuthor("ada", true);

	@Autowired
	EventWriteService service;

	@Autowired
	EventReadService queries;

	@Autowired
	EventHistoryService histories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RevisionLog revisions;

	long source;

	@BeforeEach
	void findSource() {
		this.source = this.jdbc.sql("select id from source where seed_file = '001_bed55c691b5d66ca.txt'")
			.query(Long.class)
			.single();
	}

	EventData call(String title, String date) {
		return aPhoneCall().title(title)
			.on(date)
			.durationMinutes(40)
			.initiatedBy(Initiator.US)
			.principals("marco-rubio", "sergei-lavrov")
			.readouts(new EventData.ReadoutData(Side.US, "marco-rubio", "Discussed next steps.", List.of("end the war"),
					this.source, "en"))
			.proposals("30-day-ceasefire")
			.sources(this.source)
			.build();
	}

	@Test
	void aNewEventIsADraftWithAGeneratedSlugUntilAnAdminPublishesIt() {
		SavedEvent saved = this.service.create(call("Rubio–Lavrov phone call", "2026-01-05"), EDITOR);
		assertThat(saved.slug()).isEqualTo("2026-01-05-rubio-lavrov-phone-call");
		assertThat(saved.status()).isEqualTo(EventStatus.DRAFT);
		assertThat(this.queries.findEvent(saved.slug())).isEmpty();

		assertThatThrownBy(() -> this.service.publish(saved.slug(), null, EDITOR))
			.isInstanceOf(AccessDeniedException.class);
		SavedEvent published = this.service.publish(saved.slug(), saved.version(), ADMIN);
		assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
		EventDetail detail = this.queries.findEvent(saved.slug()).orElseThrow();
		assertThat(detail.participants()).extracting(ParticipantView::slug)
			.containsExactlyInAnyOrder("marco-rubio", "sergei-lavrov");
		assertThat(detail.readouts()).singleElement().satisfies((readout) -> {
			assertThat(readout.keyQuotes()).containsExactly("end the war");
			assertThat(readout.source().id()).isEqualTo(this.source);
			assertThat(readout.language()).isEqualTo("en");
		});
		assertThat(detail.durationMinutes()).isEqualTo(40);
		assertThat(detail.proposals()).extracting("slug").containsExactly("30-day-ceasefire");
	}

	@Test
	void anActorsAndAProposalsTimelinesFollowTheirEventsThroughPublishingRedatingAndDeletion() {
		// Both read copies of the event's sort key and status (V7, V9) kept by triggers.
		List<EventFilter> timelines = List.of(EventFilter.forActor("marco-rubio"),
				EventFilter.forProposal("30-day-ceasefire"));
		SavedEvent saved = this.service.create(call("Timeline follow-up call", "2026-09-09"), ADMIN);
		for (EventFilter timeline : timelines) {
			assertThat(slugs(timeline)).doesNotContain(saved.slug());
		}
		SavedEvent published = this.service.publish(saved.slug(), saved.version(), ADMIN);
		for (EventFilter timeline : timelines) {
			assertThat(slugs(timeline)).first().isEqualTo(saved.slug());
		}

		SavedEvent redated = this.service.update(saved.slug(),
				withTitle(call("x", "2015-01-01"), "Timeline follow-up call"), published.version(), ADMIN);
		for (EventFilter timeline : timelines) {
			EventPage page = this.queries.findEvents(timeline, null, 100);
			List<EventSummary> after = page.items();
			int at = after.stream().map(EventSummary::slug).toList().indexOf(saved.slug());
			assertThat(at).as("still on the timeline").isNotNegative();
			assertThat(after.subList(0, at)).as("moved to its new date")
				.allSatisfy((newer) -> assertThat(newer.date().value()).isAfterOrEqualTo("2015-01-01"));
			assertThat(after.subList(at + 1, after.size())).allSatisfy(
					(older) -> assertThat(older.date().value()).satisfiesAnyOf((date) -> assertThat(date).isNull(),
							(date) -> assertThat(date).isBefore("2015-01-01")));
			assertThat(page.total()).isEqualTo(after.size());
		}

		this.service.delete(saved.slug(), redated.version(), ADMIN);
		for (EventFilter timeline : timelines) {
			assertThat(slugs(timeline)).doesNotContain(saved.slug());
		}
	}

	@Test
	void everyContactOfTwoPrincipalsLinksToTheirPreviousAndNextContact() {
		// A new Rubio–Lavrov call becomes the latest of their contacts (removed again, so
		// the other tests' timelines are unchanged).
		SavedEvent saved = this.service.create(call("Neighbour check call", "2026-10-02"), ADMIN);
		SavedEvent published = this.service.publish(saved.slug(), saved.version(), ADMIN);
		try {
			List<String> pairs = this.jdbc
				.sql("""
						select e.slug from event e
						where e.status = 'PUBLISHED'
						  and (select count(*) from event_participant p where p.event_id = e.id and p.role = 'PRINCIPAL') = 2
						order by e.id""")
				.query(String.class)
				.list();
			assertThat(pairs).hasSizeGreaterThan(10).contains(saved.slug());
			for (String slug : pairs) {
				// Every published event both principals led, in timeline order, the slow
				// way.
				List<String> together = this.jdbc.sql("""
						select e.slug from event e
						where e.status = 'PUBLISHED'
						  and (select count(*) from event_participant p
						       where p.event_id = e.id and p.role = 'PRINCIPAL'
						         and p.actor_id in (select p2.actor_id from event_participant p2
						                            join event e2 on e2.id = p2.event_id
						                            where e2.slug = :slug and p2.role = 'PRINCIPAL')) = 2
						order by e.sort_key, e.id""").param("slug", slug).query(String.class).list();
				int at = together.indexOf(slug);
				EventReadService.Neighbours neighbours = this.queries
					.findNeighbours(this.queries.findEvent(slug).orElseThrow());
				assertThat(slug(neighbours.previous())).as("before %s", slug)
					.isEqualTo((at > 0) ? together.get(at - 1) : null);
				assertThat(slug(neighbours.next())).as("after %s", slug)
					.isEqualTo((at < together.size() - 1) ? together.get(at + 1) : null);
			}
			assertThat(slug(this.queries.findNeighbours(this.queries.findEvent(saved.slug()).orElseThrow()).previous()))
				.as("Rubio and Lavrov's contact before the new call")
				.isNotNull();
		}
		finally {
			this.service.delete(saved.slug(), published.version(), ADMIN);
		}
	}

	@Test
	void anEventsNeighboursFollowItsPrincipalsDatesAndDeletions() {
		// Three Witkoff–Dmitriev calls after everything else on record (removed again).
		SavedEvent a = published(pairCall("Pair call A", "2026-10-20"));
		SavedEvent b = published(pairCall("Pair call B", "2026-10-22"));
		SavedEvent c = published(pairCall("Pair call C", "2026-10-24"));
		try {
			assertThat(neighboursOf(b)).containsExactly(a.slug(), c.slug());

			// A moves after B: B's previous contact is whatever came before A, and A is
			// next.
			a = this.service.update(a.slug(), from(pairCall("Pair call A", "2026-10-23")).build(), a.version(), ADMIN);
			assertThat(neighboursOf(b).get(0)).isNotEqualTo(a.slug());
			assertThat(neighboursOf(b).get(1)).isEqualTo(a.slug());
			assertThat(neighboursOf(a)).containsExactly(b.slug(), c.slug());

			// Dmitriev only in C's delegation: C is no longer a contact of the two
			// principals.
			c = this.service.update(c.slug(),
					from(pairCall("Pair call C", "2026-10-24"))
						.participants(new EventData.ParticipantData("steve-witkoff", ParticipantRole.PRINCIPAL),
								new EventData.ParticipantData("kirill-dmitriev", ParticipantRole.DELEGATION_MEMBER),
								new EventData.ParticipantData("yuri-ushakov", ParticipantRole.PRINCIPAL))
						.build(),
					c.version(), ADMIN);
			assertThat(neighboursOf(a).get(1)).isNull();

			// A deleted: B is the last of their contacts again.
			this.service.delete(a.slug(), a.version(), ADMIN);
			a = null;
			assertThat(neighboursOf(b).get(1)).isNull();
		}
		finally {
			for (SavedEvent event : Arrays.asList(a, b, c)) {
				if (event != null) {
					this.service.delete(event.slug(), this.queries.findEvent(event.slug()).orElseThrow().version(),
							ADMIN);
				}
			}
		}
	}

	private EventData pairCall(String title, String date) {
		return aPhoneCall().title(title)
			.on(date)
			.principals("steve-witkoff", "kirill-dmitriev")
			.sources(this.source)
			.build();
	}

	private SavedEvent published(EventData data) {
		SavedEvent saved = this.service.create(data, ADMIN);
		return this.service.publish(saved.slug(), saved.version(), ADMIN);
	}

	/** The previous and next contact's slugs (null where there is none). */
	private List<String> neighboursOf(SavedEvent event) {
		EventReadService.Neighbours neighbours = this.queries
			.findNeighbours(this.queries.findEvent(event.slug()).orElseThrow());
		return Arrays.asList(slug(neighbours.previous()), slug(neighbours.next()));
	}

	private static String slug(EventReadService.EventLink link) {
		return (link != null) ? link.slug() : null;
	}

	private List<String> slugs(EventFilter filter) {
		return this.queries.findEvents(filter, null, 100).items().stream().map(EventSummary::slug).toList();
	}

	@Test
	void concurrentCreatesWithTheSameTitleGetDistinctSlugs() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			// Confirmed duplicates: each is the same call as the others, which is the
			// point.
			EventData data = call("Simultaneous call", "2026-02-02");
			EventData confirmed = aPhoneCall().title(data.title())
				.on(data.when().date())
				.summary(data.summary())
				.initiatedBy(null)
				.participants(data.participants().toArray(EventData.ParticipantData[]::new))
				.readouts(data.readouts().toArray(EventData.ReadoutData[]::new))
				.sources(data.sources().toArray(Long[]::new))
				.confirmedDuplicate()
				.build();
			Callable<String> create = () -> this.service.create(confirmed, EDITOR).slug();
			List<Future<String>> futures = pool.invokeAll(List.of(create, create, create, create));
			List<String> slugs = futures.stream().map((future) -> {
				try {
					return future.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(slugs).doesNotHaveDuplicates()
				.contains("2026-02-02-simultaneous-call", "2026-02-02-simultaneous-call-2");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void everyRuleReportsItsField() {
		assertRejected((data) -> withTitle(data, " "), "title", "is required");
		assertRejected((data) -> withDate(data, "2026-03", DatePrecision.DAY), "when.date", "YYYY-MM-DD");
		assertRejected((data) -> withDate(data, "2026-03-05", DatePrecision.MONTH), "when.date", "YYYY-MM");
		assertRejected((data) -> withDate(data, "2026-02-30", DatePrecision.DAY), "when.date", "not a real date");
		assertRejected((data) -> withDate(data, "2026", DatePrecision.UNKNOWN), "when.date", "must be empty");
		assertRejected((data) -> withEnd(data, "2026-03-04"), "when.endDate", "not be before");
		assertRejected((data) -> from(data).slug("Bad Slug!").durationMinutes(0).country("usa").build(), "slug",
				"lower-case");
		assertRejected((data) -> data.withRowAdded("participants"), "participants[2].actor", "is required");
		for (String language : new String[] { "English", "EN", "e", "en_US", "ru-", "en\u202e" }) {
			assertRejected((data) -> from(data)
				.readouts(new EventData.ReadoutData(Side.US, "marco-rubio", "Discussed.", List.of(), this.source,
						language))
				.build(), "readouts[0].language", "ISO 639");
		}
		assertRejected((data) -> from(data).durationMinutes(0)
			.country("usa")
			.participants(new EventData.ParticipantData("marco-rubio", ParticipantRole.PRINCIPAL),
					new EventData.ParticipantData("marco-rubio", ParticipantRole.HOST))
			.readouts()
			.proposals()
			.sources()
			.build(), "participants[1].actor", "twice");
		InvalidInputException many = assertRejected((data) -> from(data).durationMinutes(0)
			.country("usa")
			.principals("nobody-at-all")
			.readouts()
			.proposals("no-such-proposal")
			.sources()
			.build(), "sources", "at least one source");
		assertThat(many.getErrors()).containsKeys("when.durationMinutes", "where.country", "participants[0].actor",
				"proposals[0]");
	}

	@Test
	void aDuplicateNeedsConfirmation() {
		EventData riyadhAgain = aPhoneCall().title("Riyadh talks")
			.type(EventType.MEETING)
			.on("2025-02-18")
			.summary("Met again?")
			.principals("marco-rubio", "sergei-lavrov")
			.sources(this.source)
			.build();
		assertThatThrownBy(() -> this.service.create(riyadhAgain, EDITOR)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getErrors().get("confirmDuplicate")).contains("possibly the same as")
					.contains("2025-02-18-rubio-lavrov-meeting-riyadh"));
		EventData confirmed = from(riyadhAgain).initiatedBy(null).confirmedDuplicate().build();
		assertThat(this.service.create(confirmed, EDITOR).slug()).isEqualTo("2025-02-18-riyadh-talks");
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		SavedEvent saved = this.service.create(call("Conflicting call", "2026-04-01"), ADMIN);
		SavedEvent first = this.service.update(saved.slug(), withTitle(call("x", "2026-04-01"), "First title"),
				saved.version(), ADMIN);
		assertThat(first.version()).isGreaterThan(saved.version());
		assertThatThrownBy(() -> this.service.update(saved.slug(), withTitle(call("x", "2026-04-01"), "Second title"),
				saved.version(), ADMIN))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.queries.findEditable(saved.slug()).orElseThrow().data().title()).isEqualTo("First title");
	}

	@Test
	void anEditorsChangeOfAPublishedEventAwaitsReviewWhileTheEventStaysPublishedAsItWas() {
		SavedEvent saved = this.service.create(call("Reviewed call", "2026-05-01"), EDITOR);
		SavedEvent published = this.service.publish(saved.slug(), null, ADMIN);
		long changesBefore = this.revisions.latestRevisionId();

		SavedEvent edited = this.service.update(saved.slug(), withTitle(call("x", "2026-05-01"), "Edited"),
				published.version(), EDITOR);
		assertThat(edited.status()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(edited.pendingReview()).isTrue();
		assertThat(edited.version()).isEqualTo(published.version());
		assertThat(this.queries.findEvent(saved.slug()))
			.hasValueSatisfying((detail) -> assertThat(detail.title()).as("the site shows the reviewed version")
				.isEqualTo("Reviewed call"));
		assertThat(this.revisions.changesAfter(changesBefore, 10)).as("the change feed lists no unreviewed change")
			.isEmpty();
		EditableEvent editable = this.queries.findEditable(saved.slug()).orElseThrow();
		assertThat(editable.data().title()).as("the editor goes on from the change").isEqualTo("Edited");
		assertThat(editable.pendingBy()).isEqualTo("edith");
		assertThat(this.histories.findHistory(saved.slug()).orElseThrow().revisions().get(0).pendingReview()).isTrue();

		SavedEvent publishedChange = this.service.publish(saved.slug(), null, ADMIN);
		assertThat(publishedChange.pendingReview()).isFalse();
		assertThat(this.queries.findEvent(saved.slug()).orElseThrow().title()).isEqualTo("Edited");
		assertThat(this.queries.findEditable(saved.slug()).orElseThrow().pendingBy()).isNull();
	}

	@Test
	void anEditorsSaveThatChangesNothingLeavesAPublishedEventAsItIs() {
		SavedEvent saved = this.service.create(call("Untouched call", "2026-05-02"), EDITOR);
		SavedEvent published = this.service.publish(saved.slug(), null, ADMIN);
		int revisionsBefore = this.revisions.history(EntityType.EVENT, saved.id()).size();
		EventData same = this.queries.findEditable(saved.slug()).orElseThrow().data();

		SavedEvent again = this.service.update(saved.slug(), same, published.version(), EDITOR);
		assertThat(again.status()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(again.pendingReview()).isFalse();
		assertThat(again.version()).isEqualTo(published.version());
		assertThat(this.revisions.history(EntityType.EVENT, saved.id())).hasSize(revisionsBefore);
		assertThat(this.queries.findEvent(saved.slug())).isPresent();
	}

	@Test
	void anAdminsEditOfAPublishedEventAppliesAtOnce() {
		SavedEvent saved = this.service.create(call("Admin-edited call", "2026-05-03"), EDITOR);
		SavedEvent published = this.service.publish(saved.slug(), null, ADMIN);
		SavedEvent adminEdit = this.service.update(saved.slug(), withTitle(call("x", "2026-05-03"), "Edited by admin"),
				published.version(), ADMIN);
		assertThat(adminEdit.status()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(this.queries.findEvent(saved.slug()).orElseThrow().title()).isEqualTo("Edited by admin");
	}

	@Test
	void historyRecordsEveryChangeAndRestoreBringsBackAnyRevisionEvenAfterDeletion() {
		SavedEvent saved = this.service.create(call("Historic call", "2026-06-01"), EDITOR);
		SavedEvent published = this.service.publish(saved.slug(), null, ADMIN);
		EventData changed = aPhoneCall().title("Historic call, corrected")
			.type(EventType.MEETING)
			.on("2026-06", DatePrecision.MONTH)
			.at("Geneva", "CH")
			.initiatedBy(Initiator.RUSSIA)
			.summary("They met instead.")
			.principals("marco-rubio")
			.sources(this.source)
			.build();
		this.service.update(saved.slug(), changed, published.version(), ADMIN);
		this.service.delete(saved.slug(), null, ADMIN);
		assertThat(this.queries.findEvent(saved.slug())).isEmpty();

		EventHistory history = this.histories.findHistory(saved.slug()).orElseThrow();
		assertThat(history.revisions()).extracting(EventHistory.RevisionView::action)
			.containsExactly(ChangeAction.DELETE, ChangeAction.UPDATE, ChangeAction.PUBLISH, ChangeAction.CREATE);
		assertThat(history.revisions()).extracting(EventHistory.RevisionView::username)
			.containsExactly("ada", "ada", "ada", "edith");
		EventHistory.RevisionView update = history.revisions().get(1);
		assertThat(update.differences()).extracting(EventHistory.Difference::field)
			.contains("Title", "Type", "Date", "Place", "Participants", "Readout 1");
		assertThat(update.differences()).filteredOn((difference) -> difference.field().equals("Participants"))
			.singleElement()
			.satisfies((difference) -> {
				assertThat(difference.before()).contains("Sergei Lavrov (PRINCIPAL)");
				assertThat(difference.after()).doesNotContain("Lavrov");
			});
		assertThat(history.revisions().get(0).differences())
			.containsExactly(new EventHistory.Difference("Status", "published", "deleted"));

		SavedEvent restored = this.service.restore(saved.slug(), 2, ADMIN);
		assertThat(restored.id()).isEqualTo(saved.id());
		assertThat(restored.status()).isEqualTo(EventStatus.PUBLISHED);
		EventDetail detail = this.queries.findEvent(saved.slug()).orElseThrow();
		assertThat(detail.title()).isEqualTo("Historic call");
		assertThat(detail.participants()).hasSize(2);
		assertThat(detail.readouts()).hasSize(1);
		assertThat(this.histories.findHistory(saved.slug()).orElseThrow().revisions().get(0)).satisfies((revision) -> {
			assertThat(revision.action()).isEqualTo(ChangeAction.RESTORE);
			assertThat(revision.restoredFrom()).isEqualTo(2);
		});
	}

	/**
	 * Revisions stored before {@link EventData} grouped its fields (when, where, who
	 * initiated) hold them flat, at the top level; the groups read and write that same
	 * JSON.
	 */
	@Test
	void aRevisionWrittenFlatBeforeTheFieldsWereGroupedReadsWritesAndRestoresTheSame() {
		SavedEvent saved = this.service.create(call("Flat snapshot call", "2026-04-07"), EDITOR);
		// Exactly what the app wrote for a revision before the groups, in its order.
		String flat = """
				{"status":"DRAFT","event":{"slug":"%s","title":"Flat snapshot call","type":"MEETING",\
				"date":"2026-04","datePrecision":"MONTH","endDate":null,"durationMinutes":55,"place":"Geneva",\
				"country":"CH","initiator":"US","initiatorActor":"marco-rubio","initiatorNote":"Asked for by Washington",\
				"initiatorSource":%d,"summary":"They met.","channel":"MINISTERS","contactStatus":"HELD",\
				"dateNote":"Reported only by month","participants":[{"actor":"marco-rubio","role":"PRINCIPAL"},\
				{"actor":"sergei-lavrov","role":"PRINCIPAL"}],"readouts":[],"quotes":[],"claims":[],"proposals":[],\
				"sources":[%d],"confirmDuplicate":null}}"""
			.formatted(saved.slug(), this.source, this.source);
		this.jdbc.sql("""
				update revision set snapshot = cast(:snapshot as jsonb)
				where entity_type = 'EVENT' and entity_id = :id and number = 1""")
			.param("snapshot", flat)
			.param("id", saved.id())
			.update();

		EventSnapshot snapshot = this.revisions.read(this.revisions.find(EntityType.EVENT, saved.id(), 1).orElseThrow(),
				EventSnapshot.class);
		EventData data = snapshot.event();
		EventData expected = aPhoneCall().on("2026-04", DatePrecision.MONTH)
			.durationMinutes(55)
			.dateNote("Reported only by month")
			.at("Geneva", "CH")
			.initiatedBy(Initiator.US, "marco-rubio", "Asked for by Washington", this.source)
			.build();
		assertThat(data.when()).isEqualTo(expected.when());
		assertThat(data.where()).isEqualTo(expected.where());
		assertThat(data.initiated()).isEqualTo(expected.initiated());

		// Written back it is the same flat JSON, as stored: the same tree, apart from the
		// fields added since (occasion, venue), which it holds as null.
		JsonMapper json = JsonMapper.builder().build();
		String written = json.writeValueAsString(snapshot);
		assertThat(written).doesNotContain("\"when\"", "\"where\"", "\"initiated\"");
		assertThat(withoutNulls(written)).isEqualTo(withoutNulls(flat));

		// Restored, the event has every grouped field back, and the app's own revision of
		// it is the flat one (with the fields added since as null).
		this.service.restore(saved.slug(), 1, ADMIN);
		EventData restored = this.queries.findEditable(saved.slug()).orElseThrow().data();
		assertThat(restored.when()).isEqualTo(data.when());
		assertThat(restored.where()).isEqualTo(data.where());
		assertThat(restored.initiated()).isEqualTo(data.initiated());
		assertThat(this.jdbc.sql("""
				select snapshot::text from revision where entity_type = 'EVENT' and entity_id = :id
				order by number desc limit 1""").param("id", saved.id()).query(String.class).single())
			.satisfies((stored) -> assertThat(withoutNulls(stored)).isEqualTo(withoutNulls(flat)));
	}

	/**
	 * A snapshot's text as PostgreSQL stores it (jsonb), without its null fields: a field
	 * added after a revision was written is absent from it and reads as null.
	 */
	private String withoutNulls(String snapshot) {
		return this.jdbc.sql("select jsonb_strip_nulls(cast(:snapshot as jsonb))::text")
			.param("snapshot", snapshot)
			.query(String.class)
			.single();
	}

	@Test
	void aSeededEventsFirstChangeFollowsTheFirstRevisionItWasSeededWith() {
		EditableEvent seeded = this.queries.findEditable("2025-03-15-rubio-lavrov-phone-call").orElseThrow();
		EventData data = seeded.data();
		this.service.update(seeded.slug(), withTitle(data, data.title() + " (corrected)"), seeded.version(), ADMIN);
		EventHistory history = this.histories.findHistory(seeded.slug()).orElseThrow();
		assertThat(history.revisions()).extracting(EventHistory.RevisionView::action)
			.containsExactly(ChangeAction.UPDATE, ChangeAction.CREATE);
		assertThat(history.revisions().get(0).differences()).extracting(EventHistory.Difference::field)
			.containsExactly("Title");
		this.service.restore(seeded.slug(), 1, ADMIN);
		assertThat(this.queries.findEvent(seeded.slug()).orElseThrow().title()).isEqualTo(data.title());
	}

	private InvalidInputException assertRejected(UnaryOperator<EventData> change, String field, String message) {
		EventData data = change.apply(call("Rule check", "2026-03-05"));
		try {
			this.service.create(data, EDITOR);
		}
		catch (InvalidInputException ex) {
			assertThat(ex.getErrors()).as(field).containsKey(field);
			assertThat(ex.getErrors().get(field)).as(field).contains(message);
			return ex;
		}
		throw new AssertionError("expected a rejection of " + field);
	}

	static EventData withTitle(EventData data, String title) {
		return from(data).title(title).build();
	}

	static EventData withDate(EventData data, String date, DatePrecision precision) {
		return from(data).on(date, precision).build();
	}

	static EventData withEnd(EventData data, String endDate) {
		return from(data).endingOn(endDate).build();
	}

}
