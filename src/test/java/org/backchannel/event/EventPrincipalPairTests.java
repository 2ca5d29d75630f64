package org.backchannel.event;

import org.backchannel.event.internal.EventNeighbourReader;

import org.backchannel.event.internal.EventDetailReader;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every two principals of an event as one row (V15), kept by the database's own triggers
 * whatever writes the participations, and the neighbour look-up that reads them: a JDBC
 * slice on the tests' PostgreSQL (its own copy of the migrated template), each test
 * rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EventPrincipalPairTests {

	@Autowired
	JdbcClient jdbc;

	long envoy;

	long minister;

	long adviser;

	@BeforeEach
	void twoActorsWhoNeverMet() {
		this.envoy = actor("pair-test-envoy");
		this.minister = actor("pair-test-minister");
		this.adviser = actor("pair-test-adviser");
	}

	@Test
	void anEventsTwoPrincipalsAreOneRowWithTheLowerIdFirstAndItsDelegationIsNone() {
		long call = event("pair-test-call", "2026-10-20");
		participate(call, this.minister, "PRINCIPAL");
		participate(call, this.envoy, "PRINCIPAL");
		participate(call, this.adviser, "DELEGATION_MEMBER");

		assertThat(pairs(call)).containsExactly(
				Math.min(this.envoy, this.minister) + "-" + Math.max(this.envoy, this.minister) + " 2026-10-20 true");
	}

	@Test
	void aTrilateralIsThreePairs() {
		long talks = event("pair-test-talks", "2026-10-21");
		participate(talks, this.minister, "PRINCIPAL");
		participate(talks, this.envoy, "PRINCIPAL");
		participate(talks, this.adviser, "PRINCIPAL");

		assertThat(pairs(talks)).hasSize(3);
	}

	@Test
	void thePairFollowsItsEventsDateAndStatus() {
		long call = event("pair-test-call", "2026-10-20");
		participate(call, this.minister, "PRINCIPAL");
		participate(call, this.envoy, "PRINCIPAL");

		this.jdbc.sql("update event set date_value = date '2026-11-02' where id = :id").param("id", call).update();
		assertThat(pairs(call)).singleElement().asString().endsWith(" 2026-11-02 true");

		this.jdbc.sql("update event set status = 'DRAFT' where id = :id").param("id", call).update();
		assertThat(pairs(call)).singleElement().asString().endsWith(" 2026-11-02 false");
	}

	@Test
	void aPrincipalMovedToTheDelegationOrRemovedEndsThePairAndTheEventsDeletionItsRows() {
		long call = event("pair-test-call", "2026-10-20");
		participate(call, this.minister, "PRINCIPAL");
		participate(call, this.envoy, "PRINCIPAL");

		this.jdbc.sql("update event_participant set role = 'DELEGATION_MEMBER' where event_id = :e and actor_id = :a")
			.param("e", call)
			.param("a", this.envoy)
			.update();
		assertThat(pairs(call)).isEmpty();

		this.jdbc.sql("update event_participant set role = 'PRINCIPAL' where event_id = :e and actor_id = :a")
			.param("e", call)
			.param("a", this.envoy)
			.update();
		assertThat(pairs(call)).hasSize(1);

		this.jdbc.sql("delete from event_participant where event_id = :e and actor_id = :a")
			.param("e", call)
			.param("a", this.minister)
			.update();
		assertThat(pairs(call)).isEmpty();

		participate(call, this.minister, "PRINCIPAL");
		this.jdbc.sql("delete from event where id = :id").param("id", call).update();
		assertThat(pairs(call)).isEmpty();
	}

	@Test
	void anEventsNeighboursAreThePairsNearestPublishedContactsOnEitherSide() {
		pairCall("pair-test-first", "2026-10-01");
		long drafted = pairCall("pair-test-drafted", "2026-10-02");
		this.jdbc.sql("update event set status = 'DRAFT' where id = :id").param("id", drafted).update();
		pairCall("pair-test-middle", "2026-10-03");
		pairCall("pair-test-same-day", "2026-10-03");
		long other = event("pair-test-with-someone-else", "2026-10-04");
		participate(other, this.envoy, "PRINCIPAL");
		participate(other, this.adviser, "PRINCIPAL");
		pairCall("pair-test-last", "2026-10-05");

		EventDetailReader details = new EventDetailReader(this.jdbc);
		EventNeighbourReader neighbours = new EventNeighbourReader(this.jdbc);
		assertThat(slugs(neighbours.read(details.readPublished("pair-test-middle").orElseThrow())))
			.containsExactly("pair-test-first", "pair-test-same-day");
		assertThat(slugs(neighbours.read(details.readPublished("pair-test-same-day").orElseThrow())))
			.containsExactly("pair-test-middle", "pair-test-last");
		assertThat(slugs(neighbours.read(details.readPublished("pair-test-first").orElseThrow())))
			.as("the draft between them is no neighbour")
			.containsExactly(null, "pair-test-middle");
	}

	private long pairCall(String slug, String day) {
		long call = event(slug, day);
		participate(call, this.minister, "PRINCIPAL");
		participate(call, this.envoy, "PRINCIPAL");
		return call;
	}

	private long actor(String slug) {
		return this.jdbc
			.sql("insert into actor (slug, name, kind, country) values (:slug, :slug, 'PERSON', 'US') "
					+ "returning id")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	private long event(String slug, String day) {
		return this.jdbc.sql("""
				insert into event (slug, title, type, date_value, date_precision, summary)
				values (:slug, :slug, 'PHONE_CALL', :day, 'DAY', 'A call for the pair tests') returning id
				""").param("slug", slug).param("day", LocalDate.parse(day)).query(Long.class).single();
	}

	private void participate(long event, long actor, String role) {
		this.jdbc.sql("insert into event_participant (event_id, actor_id, role) values (:event, :actor, :role)")
			.param("event", event)
			.param("actor", actor)
			.param("role", role)
			.update();
	}

	private List<String> pairs(long event) {
		return this.jdbc.sql("""
				select first_actor_id || '-' || second_actor_id || ' ' || sort_key || ' ' || published
				from event_principal_pair where event_id = :event order by first_actor_id, second_actor_id
				""").param("event", event).query(String.class).list();
	}

	private static List<String> slugs(EventReadService.Neighbours neighbours) {
		return Arrays.asList((neighbours.previous() != null) ? neighbours.previous().slug() : null,
				(neighbours.next() != null) ? neighbours.next().slug() : null);
	}

}
