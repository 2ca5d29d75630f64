package org.backchannel.stats;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' kept figures (V27: contacts per month, channel, status, confirmation
 * and initiator; held contacts per pair of principals) equal the same figures counted
 * from scratch after every kind of write: publishing, a new channel or contact status, a
 * new date, participants in and out, unpublishing, deleting. A JDBC slice on the tests'
 * PostgreSQL, each test rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ContactCountTests {

	private static final String MONTH = "case when e.date_precision in ('DAY', 'MONTH') "
			+ "then date_trunc('month', e.date_value)::date end";

	@Autowired
	JdbcClient jdbc;

	long envoy;

	long minister;

	long adviser;

	@BeforeEach
	void actors() {
		this.envoy = actor("contact-count-envoy", "US");
		this.minister = actor("contact-count-minister", "RU");
		this.adviser = actor("contact-count-adviser", "RU");
	}

	@Test
	void theKeptFiguresFollowEveryWriteOfAContact() {
		long call = event("contact-count-call");
		participate(call, this.envoy);
		participate(call, this.minister);
		assertThat(pairCount()).as("a draft is no contact").isZero();
		assertKeptEqualsScratch();

		update(call, "status = 'PUBLISHED'");
		assertThat(pairCount()).isEqualTo(1);
		assertKeptEqualsScratch();

		update(call, "contact_status = 'PLANNED'");
		assertThat(pairCount()).as("a planned contact was not held").isZero();
		assertKeptEqualsScratch();
		update(call, "contact_status = 'HELD'");
		update(call, "channel = 'RELATED'");
		assertThat(pairCount()).as("related events are context").isZero();
		assertKeptEqualsScratch();
		update(call, "channel = 'ENVOYS'");
		assertThat(pairCount()).isEqualTo(1);

		update(call, "date_value = date '2026-03-01', date_precision = 'MONTH'");
		update(call, "confirmation = 'REPORTED', initiator_side = 'RUSSIA'");
		participate(call, this.adviser);
		assertKeptEqualsScratch();

		this.jdbc.sql("delete from event_participant where event_id = :event and actor_id = :actor")
			.param("event", call)
			.param("actor", this.minister)
			.update();
		assertThat(pairCount()).isZero();
		assertKeptEqualsScratch();

		long second = event("contact-count-second");
		participate(second, this.envoy);
		participate(second, this.adviser);
		update(second, "status = 'PUBLISHED'");
		update(call, "status = 'DRAFT'");
		assertKeptEqualsScratch();

		this.jdbc.sql("delete from event where id = :event").param("event", second).update();
		assertKeptEqualsScratch();
	}

	@Test
	void theRefreshFromScratchGivesTheFiguresTheTriggersKept() {
		long call = event("contact-count-refresh");
		participate(call, this.envoy);
		participate(call, this.minister);
		update(call, "status = 'PUBLISHED'");
		String counts = kept();
		this.jdbc.sql("update contact_count set contacts = 0").update();
		this.jdbc.sql("update contact_pair_count set contacts = 0").update();
		this.jdbc.sql("select contact_counts_refresh()").query(Object.class).list();
		assertThat(kept()).isEqualTo(counts).isEqualTo(scratch());
	}

	private void assertKeptEqualsScratch() {
		assertThat(kept()).isEqualTo(scratch());
	}

	private String kept() {
		return String.join("\n", this.jdbc.sql("""
				select month || '/' || channel || '/' || contact_status || '/' || coalesce(confirmation, '-')
				       || '/' || initiator_side || ':' || contacts
				from contact_count where contacts <> 0 order by 1
				""").query(String.class).list()) + "\npairs\n" + String.join("\n", this.jdbc.sql("""
				select first_actor_id || '-' || second_actor_id || ':' || contacts
				from contact_pair_count where contacts <> 0 order by 1
				""").query(String.class).list());
	}

	private String scratch() {
		return String.join("\n", this.jdbc.sql("""
				select month || '/' || channel || '/' || contact_status || '/' || coalesce(confirmation, '-')
				       || '/' || initiator_side || ':' || contacts
				from (select %s as month, e.channel, e.contact_status, e.confirmation, e.initiator_side,
				             count(*) as contacts
				      from event e where e.status = 'PUBLISHED' and e.channel <> 'RELATED'
				      group by 1, 2, 3, 4, 5) c order by 1
				""".formatted(MONTH)).query(String.class).list()) + "\npairs\n" + String.join("\n", this.jdbc.sql("""
				select a.actor_id || '-' || b.actor_id || ':' || count(*)
				from event_participant a
				join event_participant b on b.event_id = a.event_id and b.actor_id > a.actor_id
				join event e on e.id = a.event_id
				where a.role = 'PRINCIPAL' and b.role = 'PRINCIPAL'
				  and e.status = 'PUBLISHED' and e.channel <> 'RELATED' and e.contact_status = 'HELD'
				group by a.actor_id, b.actor_id order by 1
				""").query(String.class).list());
	}

	private long pairCount() {
		return this.jdbc.sql("""
				select coalesce((select contacts from contact_pair_count
				                 where first_actor_id = :first and second_actor_id = :second), 0)
				""")
			.param("first", Math.min(this.envoy, this.minister))
			.param("second", Math.max(this.envoy, this.minister))
			.query(Long.class)
			.single();
	}

	private long actor(String slug, String country) {
		return this.jdbc
			.sql("insert into actor (slug, name, kind, country) values (:slug, :slug, 'PERSON', :country) returning id")
			.param("slug", slug)
			.param("country", country)
			.query(Long.class)
			.single();
	}

	private long event(String slug) {
		return this.jdbc.sql("""
				insert into event (slug, title, type, date_value, date_precision, summary, status, channel)
				values (:slug, :slug, 'PHONE_CALL', :day, 'DAY', 'A call for the count tests', 'DRAFT', 'ENVOYS')
				returning id
				""").param("slug", slug).param("day", LocalDate.of(2026, 10, 20)).query(Long.class).single();
	}

	private void update(long event, String assignments) {
		this.jdbc.sql("update event set " + assignments + " where id = :event").param("event", event).update();
	}

	private void participate(long event, long actor) {
		this.jdbc.sql("insert into event_participant (event_id, actor_id, role) values (:event, :actor, 'PRINCIPAL')")
			.param("event", event)
			.param("actor", actor)
			.update();
	}

}
