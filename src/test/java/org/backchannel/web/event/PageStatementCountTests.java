package org.backchannel.web.event;

import org.backchannel.testing.CountedPages;
import org.backchannel.testing.Http;
import org.backchannel.testing.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages and the API fetch what they show in a constant number of statements, whatever
 * the number of rows: no N+1. The caches are off, so every request does the full work
 * (what a cached request costs is in ResponseCacheTests).
 */
@StatementCounting
class PageStatementCountTests {

	@Autowired
	CountedPages pages;

	@Autowired
	JdbcClient jdbc;

	/** The one statement an expensive read costs to take from the shared read budget. */
	private static final int READ_BUDGET = 1;

	@Test
	void aListCostsTheSameForOneEventAsForAPageFull() {
		int one = statementsFor("/api/events?limit=1");
		int many = statementsFor("/api/events?limit=100");
		assertThat(many).isEqualTo(one).isLessThanOrEqualTo(8);
		int filtered = statementsFor("/api/events?limit=100&type=PHONE_CALL&actor=marco-rubio");
		assertThat(filtered).isEqualTo(one);
		// A search's first page counts its matches in the page's own statement; as an
		// expensive read it also takes a token from the budget every instance shares.
		int searched = statementsFor("/api/events?limit=100&q=Lavrov&type=PHONE_CALL&actor=marco-rubio");
		assertThat(searched).isEqualTo(one - 1 + READ_BUDGET);
		String next = Http
			.json(this.pages.web().get().uri("/api/events?limit=2&q=Lavrov").exchange().returnResult(String.class))
			.get("nextCursor")
			.asString();
		assertThat(statementsFor("/api/events?limit=100&q=Lavrov&cursor=" + next)).isEqualTo(one + READ_BUDGET);
	}

	@Test
	void theTimelineEventAndActorPagesRunAFewStatements() {
		int timeline = statementsFor("/");
		int filteredTimeline = statementsFor("/?type=PHONE_CALL&actor=sergei-lavrov&sort=date_asc");
		int searchedTimeline = statementsFor("/?type=PHONE_CALL&q=Lavrov&actor=sergei-lavrov&sort=date_asc");
		int htmxTimeline = statementsFor("/?type=PHONE_CALL", "HX-Request", "true");
		assertThat(timeline).isEqualTo(filteredTimeline).isLessThanOrEqualTo(12);
		assertThat(searchedTimeline).isEqualTo(timeline - 1 + READ_BUDGET);
		assertThat(htmxTimeline).isLessThanOrEqualTo(timeline);

		String event = "/events/2025-02-18-rubio-lavrov-meeting-riyadh";
		int before = statementsFor(event);
		// The data version, the event with all it holds (one statement), its two
		// neighbours, and the stances on its proposals.
		assertThat(before).isLessThanOrEqualTo(5);
		String actor = "/actors/sergei-lavrov";
		int actorBefore = statementsFor(actor);
		assertThat(actorBefore).isLessThanOrEqualTo(16);
		String apiActor = "/api/actors/sergei-lavrov";
		int apiActorBefore = statementsFor(apiActor);
		// A page of the actor list; a later one looks up where it starts first.
		int actorList = statementsFor("/actors");
		int laterActorList = statementsFor("/actors?after=sergei-lavrov");
		assertThat(laterActorList).isEqualTo(actorList + 1);

		// Many more participants, quotes, claims and events, each by a different actor:
		// the same number of statements.
		addRowsToEvent("2025-02-18-rubio-lavrov-meeting-riyadh", 20);
		assertThat(statementsFor(event)).isEqualTo(before);
		assertThat(statementsFor(actor)).isEqualTo(actorBefore);
		assertThat(statementsFor(apiActor)).isEqualTo(apiActorBefore);
		assertThat(statementsFor("/actors")).isEqualTo(actorList);
		assertThat(statementsFor("/actors?after=sergei-lavrov")).isEqualTo(laterActorList);
		assertThat(statementsFor("/")).isEqualTo(timeline);
		assertThat(statementsFor("/?type=PHONE_CALL", "HX-Request", "true")).isEqualTo(htmxTimeline);
	}

	private void addRowsToEvent(String slug, int count) {
		long eventId = this.jdbc.sql("select id from event where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
		long sourceId = this.jdbc.sql("select min(source_id) from event_source where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
		for (int i = 0; i < count; i++) {
			long actorId = this.jdbc
				.sql("insert into actor (slug, name, kind, country) values (:slug, :name, 'PERSON', 'RU') returning id")
				.param("slug", "extra-" + i)
				.param("name", "Extra Person " + i)
				.query(Long.class)
				.single();
			this.jdbc.sql("insert into actor_role (actor_id, title, source_id) values (:actor, 'Adviser', :source)")
				.param("actor", actorId)
				.param("source", sourceId)
				.update();
			this.jdbc.sql(
					"insert into event_participant (event_id, actor_id, role) values (:event, :actor, 'DELEGATION_MEMBER')")
				.param("event", eventId)
				.param("actor", actorId)
				.update();
			this.jdbc.sql(
					"insert into quote (event_id, speaker_actor_id, text, source_id) values (:event, :actor, 'Words', :source)")
				.param("event", eventId)
				.param("actor", actorId)
				.param("source", sourceId)
				.update();
			this.jdbc
				.sql("insert into claim (event_id, text, status, disputed_by_actor_id, source_id)"
						+ " values (:event, 'A claim', 'DISPUTED', :actor, :source)")
				.param("event", eventId)
				.param("actor", actorId)
				.param("source", sourceId)
				.update();
			this.jdbc
				.sql("insert into event (slug, title, type, date_value, date_precision, summary)"
						+ " values (:slug, 'Extra call', 'PHONE_CALL', date '2024-01-01' + :i, 'DAY', 'An extra call')")
				.param("slug", "extra-call-" + i)
				.param("i", i)
				.update();
			this.jdbc.sql(
					"insert into event_participant (event_id, actor_id, role) select id, :actor, 'PRINCIPAL' from event where slug = :slug")
				.param("actor",
						this.jdbc.sql("select id from actor where slug = 'sergei-lavrov'").query(Long.class).single())
				.param("slug", "extra-call-" + i)
				.update();
			this.jdbc
				.sql("insert into event_source (event_id, source_id) select id, :source from event where slug = :slug")
				.param("source", sourceId)
				.param("slug", "extra-call-" + i)
				.update();
		}
	}

	private int statementsFor(String path, String... headers) {
		return this.pages.statementsFor(path, headers);
	}

}
