package org.backchannel.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.backchannel.testing.TestAdmin;
import org.backchannel.actor.internal.ActorRepository;
import org.backchannel.event.EditableEvent;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventSnapshot;
import org.backchannel.proposal.internal.ProposalRepository;
import org.backchannel.source.internal.SourceRepository;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seeded record has a first revision (migration V12) holding what the app itself
 * would record, so the change feed lists the seed and a seeded record can be restored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=first-revisions", "backchannel.rate-limit.trusted-proxies=127.0.0.1",
				"backchannel.site.canonical-url=https://backchannel.example.org/" })
class FirstRevisionTests {

	static final String ADMIN = TestAdmin.BASIC;

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventReadService events;

	@Autowired
	ActorRepository actors;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	SourceRepository sources;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void everySeededRecordsFirstRevisionHoldsExactlyWhatTheAppWouldRecord() {
		List<String> differing = new ArrayList<>();
		int[] compared = { 0 };
		this.transactions.executeWithoutResult((status) -> {
			this.sources.findAll()
				.forEach((source) -> compare("SOURCE", source.getId(), source.toData(), differing, compared));
			this.actors.findAll()
				.forEach((actor) -> compare("ACTOR", actor.getId(), actor.toData(), differing, compared));
			this.proposals.findAll()
				.forEach((proposal) -> compare("PROPOSAL", proposal.getId(), proposal.toData(), differing, compared));
		});
		for (String slug : this.jdbc.sql("select slug from event where status <> 'DELETED' order by id")
			.query(String.class)
			.list()) {
			EditableEvent event = this.events.findEditable(slug).orElseThrow();
			compare("EVENT", event.id(), new EventSnapshot(event.status(), event.data()), differing, compared);
		}
		long seeded = this.jdbc.sql("select count(*) from revision where username = '(seed)'")
			.query(Long.class)
			.single();
		assertThat(seeded).isGreaterThan(200);
		assertThat(compared[0]).isGreaterThan((int) seeded - 10);
		assertThat(differing).allSatisfy((record) -> assertThat(record).contains("not only one"));
		assertThat(this.jdbc.sql("""
				select count(*) from revision r where r.number = 1 and r.action = 'CREATE'
				and exists (select 1 from revision s where s.entity_type = r.entity_type and s.entity_id = r.entity_id
				            and s.number > 1)
				and (r.entity_type <> 'EVENT' or exists (select 1 from event e where e.id = r.entity_id
				                                         and e.status <> 'DELETED'))
				and (r.entity_type <> 'ACTOR' or exists (select 1 from actor a where a.id = r.entity_id))
				and (r.entity_type <> 'PROPOSAL' or exists (select 1 from proposal p where p.id = r.entity_id))
				and (r.entity_type <> 'SOURCE' or exists (select 1 from source s where s.id = r.entity_id))""")
			.query(Long.class)
			.single()).as("records changed by other tests").isEqualTo(differing.size());
	}

	/**
	 * Compares a record's first revision with the app's snapshot of it, unless it has
	 * changed since (other tests in this context edit records). A field added after the
	 * revision was written (V31's occasion, V36's venue) is absent from it and null in
	 * the app's snapshot: the two read the same, so null fields are left out of the
	 * comparison.
	 */
	private void compare(String type, long id, Object snapshot, List<String> differing, int[] compared) {
		boolean unchanged = this.jdbc
			.sql("select max(number) = 1 from revision where entity_type = :type and entity_id = :id")
			.param("type", type)
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (!unchanged) {
			differing.add(type + " " + id + " has no first revision, or not only one");
			return;
		}
		compared[0]++;
		boolean same = this.jdbc
			.sql("select jsonb_strip_nulls(snapshot) = jsonb_strip_nulls(cast(:json as jsonb)) from revision "
					+ "where entity_type = :type and entity_id = :id and number = 1")
			.param("json", json.writeValueAsString(snapshot))
			.param("type", type)
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (!same) {
			differing.add(type + " " + id + ((differing.size() < 3) ? ": " + json.writeValueAsString(snapshot) + " but "
					+ this.jdbc.sql("select snapshot::text from revision where entity_type = :type and entity_id = :id")
						.param("type", type)
						.param("id", id)
						.query(String.class)
						.optional()
						.orElse("none")
					: ""));
		}
	}

	@Test
	void aSeededEventEditedOverTheApiIsRestoredToItsFirstRevision() {
		String slug = "2025-03-15-rubio-lavrov-phone-call";
		EntityExchangeResult<String> read = this.web.get()
			.uri("/api/events/" + slug)
			.exchange()
			.returnResult(String.class);
		assertThat(read.getStatus().value()).isEqualTo(200);
		String title = Http.json(read).get("title").asString();
		EditableEvent editable = this.events.findEditable(slug).orElseThrow();
		String body = json.writeValueAsString(editable.data()).replace(title, title + " (edited)");
		EntityExchangeResult<String> edited = this.web.put()
			.uri("/api/events/" + slug)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.body(body)
			.header("If-Match", Http.header(read, "ETag").orElseThrow())
			.exchange()
			.returnResult(String.class);
		assertThat(edited.getStatus().value()).as(edited.getResponseBody()).isEqualTo(200);
		assertThat(Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class))
			.get("title")
			.asString()).isEqualTo(title + " (edited)");

		EntityExchangeResult<String> restored = this.web.post()
			.uri("/api/events/" + slug + "/restore?revision=1")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", ADMIN)
			.exchange()
			.returnResult(String.class);
		assertThat(restored.getStatus().value()).as(restored.getResponseBody()).isEqualTo(200);
		JsonNode after = Http.json(this.web.get().uri("/api/events/" + slug).exchange().returnResult(String.class));
		assertThat(after.get("title").asString()).isEqualTo(title);
		assertThat(this.events.findEditable(slug).orElseThrow().data()).isEqualTo(editable.data());
		assertThat(this.jdbc.sql("""
				select action || ' ' || username from revision r join event e on e.id = r.entity_id
				where r.entity_type = 'EVENT' and e.slug = :slug order by number""")
			.param("slug", slug)
			.query(String.class)
			.list()).containsExactly("CREATE (seed)", "UPDATE root", "RESTORE root");
	}

	@Test
	void theChangeFeedFromTheStartListsEverySeededRecordOnceByPagesOfOneOrFifty() {
		Set<String> records = new HashSet<>(this.jdbc.sql("""
				select 'event ' || slug from event where status = 'PUBLISHED'
				union all select 'actor ' || slug from actor
				union all select 'proposal ' || slug from proposal
				union all select 'source ' || id from source""").query(String.class).list());
		for (int limit : new int[] { 50, 1 }) {
			Walk walk = walk("/api/changes?since=1970-01-01T00:00:00Z&limit=" + limit, limit, null);
			assertThat(walk.seen).as("page size " + limit).doesNotHaveDuplicates();
			assertThat(new HashSet<>(walk.updated)).as("page size " + limit).isEqualTo(records);
		}
	}

	@Test
	void aRecordChangedWhileTheFeedIsWalkedComesAgainOnceForItsNewRevision() {
		EntityExchangeResult<String> start = this.web.get()
			.uri("/api/changes?since=1970-01-01T00:00:00Z&limit=1")
			.exchange()
			.returnResult(String.class);
		String firstKey = Http.json(start).get("changes").get(0).get("key").asString();
		String firstType = Http.json(start).get("changes").get(0).get("type").asString();
		assertThat(firstType).isEqualTo("source");
		String cursor = Http.json(start).get("nextCursor").asString();
		int[] pages = { 0 };
		Walk walk = walk("/api/changes?cursor=" + cursor + "&limit=1", 1, () -> {
			if (++pages[0] == 5) {
				// The first source, listed already, changes while the walk goes on.
				EntityExchangeResult<String> read = this.web.get()
					.uri("/api/sources/" + firstKey)
					.exchange()
					.returnResult(String.class);
				tools.jackson.databind.node.ObjectNode source = this.transactions.execute((status) -> json
					.valueToTree(this.sources.findById(Long.parseLong(firstKey)).orElseThrow().toData()));
				source.remove("empty");
				source.put("agencies", "Feed test");
				String body = source.toString();
				EntityExchangeResult<String> edited = this.web.put()
					.uri("/api/sources/" + firstKey)
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					.header("Authorization", ADMIN)
					.body(body)
					.header("If-Match", Http.header(read, "ETag").orElseThrow())
					.exchange()
					.returnResult(String.class);
				assertThat(edited.getStatus().value()).as(edited.getResponseBody()).isEqualTo(200);
			}
		});
		assertThat(walk.seen).doesNotHaveDuplicates().endsWith("source " + firstKey);
		JsonNode last = walk.lastChange;
		assertThat(last.get("action").asString()).isEqualTo("UPDATE");
		assertThat(last.get("change").asString()).isEqualTo("UPDATED");

		// Once at the end, asking again with the last cursor lists nothing.
		JsonNode again = Http
			.json(this.web.get().uri("/api/changes?cursor=" + walk.cursor).exchange().returnResult(String.class));
		assertThat(again.get("changes")).isEmpty();
		assertThat(again.get("nextCursor").asString()).isEqualTo(walk.cursor);
	}

	@Test
	void aPageSizeOutsideOneToAThousandIsRefused() {
		for (String limit : new String[] { "0", "1001", "ten" }) {
			EntityExchangeResult<String> response = this.web.get()
				.uri("/api/changes?since=2025-01-01T00:00:00Z&limit=" + limit)
				.exchange()
				.returnResult(String.class);
			assertThat(response.getStatus().value()).as(limit).isEqualTo(400);
			assertThat(Http.header(response, "Content-Type")).hasValue("application/problem+json");
			assertThat(response.getResponseBody()).contains("limit");
		}
	}

	private Walk walk(String first, int limit, Runnable betweenPages) {
		Walk walk = new Walk();
		String path = first;
		for (int pages = 0;; pages++) {
			assertThat(pages).as("pages").isLessThan(2000);
			EntityExchangeResult<String> response = this.web.get().uri(path).exchange().returnResult(String.class);
			assertThat(response.getStatus().value()).as(path).isEqualTo(200);
			JsonNode page = Http.json(response);
			JsonNode changes = page.get("changes");
			assertThat(changes.size()).isLessThanOrEqualTo(limit);
			assertThat(page.get("more").asBoolean()).isEqualTo(changes.size() == limit);
			walk.cursor = page.get("nextCursor").asString();
			if (changes.isEmpty()) {
				return walk;
			}
			changes.forEach((change) -> {
				walk.seen.add(change.get("type").asString() + " " + change.get("key").asString());
				if (change.get("change").asString().equals("UPDATED")) {
					walk.updated.add(change.get("type").asString() + " " + change.get("key").asString());
				}
				walk.lastChange = change;
			});
			if (betweenPages != null) {
				betweenPages.run();
			}
			path = "/api/changes?cursor=" + walk.cursor + "&limit=" + limit;
		}
	}

	static final class Walk {

		final List<String> seen = new ArrayList<>();

		final List<String> updated = new ArrayList<>();

		String cursor;

		JsonNode lastChange;

	}

}
