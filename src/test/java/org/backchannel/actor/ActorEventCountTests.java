package org.backchannel.actor;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each actor's count of published events (V21) follows the participations, whatever
 * writes them: publishing, unpublishing, adding and removing participants, deleting an
 * event; and the refresh from scratch gives the same counts. A JDBC slice on the tests'
 * PostgreSQL, each test rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ActorEventCountTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anActorCountsOnlyPublishedEventsAndFollowsEveryChange() {
		long envoy = actor("count-test-envoy");
		long minister = actor("count-test-minister");
		long call = event("count-test-call");
		participate(call, envoy);
		participate(call, minister);
		assertThat(count(envoy)).as("a draft counts for no one").isZero();

		publish(call, "PUBLISHED");
		assertThat(count(envoy)).isEqualTo(1);
		assertThat(count(minister)).isEqualTo(1);

		long talks = event("count-test-talks");
		participate(talks, envoy);
		publish(talks, "PUBLISHED");
		assertThat(count(envoy)).isEqualTo(2);

		this.jdbc.sql("delete from event_participant where event_id = :event and actor_id = :actor")
			.param("event", call)
			.param("actor", minister)
			.update();
		assertThat(count(minister)).isZero();

		publish(talks, "DRAFT");
		assertThat(count(envoy)).isEqualTo(1);

		this.jdbc.sql("delete from event where id = :event").param("event", call).update();
		assertThat(count(envoy)).isZero();
	}

	@Test
	void theRefreshFromScratchGivesTheCountsTheTriggersKept() {
		long envoy = actor("count-test-refresh");
		long call = event("count-test-refresh-call");
		participate(call, envoy);
		publish(call, "PUBLISHED");
		String kept = everyCount();
		this.jdbc.sql("update actor_event_count set events = 0").update();
		this.jdbc.sql("select actor_event_counts_refresh()").query(Object.class).list();
		assertThat(everyCount()).isEqualTo(kept).contains(envoy + ":1");
	}

	private long count(long actor) {
		return this.jdbc.sql("select coalesce((select events from actor_event_count where actor_id = :actor), 0)")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	private String everyCount() {
		return String.join(",",
				this.jdbc
					.sql("select actor_id || ':' || events from actor_event_count where events > 0 order by actor_id")
					.query(String.class)
					.list());
	}

	private long actor(String slug) {
		return this.jdbc
			.sql("insert into actor (slug, name, kind, country) values (:slug, :slug, 'PERSON', 'US') returning id")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	private long event(String slug) {
		return this.jdbc.sql("""
				insert into event (slug, title, type, date_value, date_precision, summary, status)
				values (:slug, :slug, 'PHONE_CALL', :day, 'DAY', 'A call for the count tests', 'DRAFT') returning id
				""").param("slug", slug).param("day", LocalDate.of(2026, 10, 20)).query(Long.class).single();
	}

	private void publish(long event, String status) {
		this.jdbc.sql("update event set status = :status where id = :event")
			.param("status", status)
			.param("event", event)
			.update();
	}

	private void participate(long event, long actor) {
		this.jdbc.sql("insert into event_participant (event_id, actor_id, role) values (:event, :actor, 'PRINCIPAL')")
			.param("event", event)
			.param("actor", actor)
			.update();
	}

}
