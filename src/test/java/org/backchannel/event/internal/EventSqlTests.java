package org.backchannel.event.internal;

import org.backchannel.event.EventCursor;
import org.backchannel.event.EventFilter;
import org.backchannel.event.EventType;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The statements a filter becomes, read without a database.
 */
class EventSqlTests {

	final EventSql sql = new EventSql(10_000, 1_000);

	@Test
	void noFilterPagesEveryPublishedEventNewestFirstAndCountsOnlyUpToTheFilterCap() {
		EventSql.Conditions where = this.sql.conditions(EventFilter.ALL);
		EventSql.Statement page = this.sql.page("", EventFilter.ALL, where, null, 26, false);
		assertThat(page.sql()).isEqualTo("select e.id as id, e.sort_key as sort_key from event e"
				+ " where e.status = 'PUBLISHED' order by e.sort_key desc, e.id desc limit :limit");
		assertThat(page.params()).containsExactly(entry("limit", 26));
		assertThat(this.sql.count("", where).sql())
			.isEqualTo("select count(*) from (select 1 from event e where e.status = 'PUBLISHED' limit 1001) matches");
		assertThat(this.sql.cap(EventFilter.ALL)).isEqualTo(1_000);
	}

	@Test
	void anActorsEventsAreReadFromTheirTimelineAndFurtherActorsInOneProbe() {
		EventFilter filter = EventFilter.ALL.withActors(List.of("marco-rubio", "sergei-lavrov", "kirill-dmitriev"));
		EventSql.Conditions where = this.sql.conditions(filter);
		EventSql.Statement page = this.sql.page("", filter, where, new EventCursor(LocalDate.of(2025, 3, 1), 7), 11,
				false);
		assertThat(page.sql())
			.startsWith("select d.event_id as id, d.sort_key as sort_key"
					+ " from event_participant d left join event e on e.id = d.event_id"
					+ " where d.published and d.actor_id = (select a.id from actor a where a.slug = :actor0)"
					+ " and (select count(*) from event_participant p where p.event_id = d.event_id")
			.endsWith(" and (d.sort_key, d.event_id) < (:afterKey, :afterId)"
					+ " order by d.sort_key desc, d.event_id desc limit :limit");
		assertThat(page.params()).containsOnly(entry("actor0", "marco-rubio"),
				entry("otherActors", List.of("sergei-lavrov", "kirill-dmitriev")), entry("otherActorCount", 2),
				entry("limit", 11), entry("afterKey", Date.valueOf(LocalDate.of(2025, 3, 1))), entry("afterId", 7L));
	}

	@Test
	void aSearchsFirstPageCountsAlongAndStopsAfterTheCap() {
		EventFilter filter = new EventFilter(List.of(), List.of(EventType.PHONE_CALL), List.of(), List.of(), null, null,
				null, null, true, "Lavrov", true, null);
		EventSql.Conditions where = this.sql.conditions(filter);
		EventSql.Statement page = this.sql.page("explain ", filter, where, null, 6, true);
		String conditions = "e.status = 'PUBLISHED' and e.type in (:types) and e.channel = 'MINISTERS'"
				+ " and e.search_vector @@ backchannel_tsquery(:q)";
		assertThat(page.sql()).isEqualTo("explain select e.id as id, e.sort_key as sort_key,"
				+ " (select count(*) from (select 1 from event e where " + conditions
				+ " limit 10001) matches) as total from event e where " + conditions
				+ " order by e.sort_key asc, e.id asc limit :limit");
		assertThat(page.params()).containsOnly(entry("types", List.of("PHONE_CALL")), entry("q", "Lavrov"),
				entry("limit", 6));
		assertThat(this.sql.count("", where).sql())
			.isEqualTo("select count(*) from (select 1 from event e where " + conditions + " limit 10001) matches");
	}

	@Test
	void aProposalWithoutAnActorIsReadFromItsLinksAndTheLatestChangesComeFirst() {
		EventSql.Conditions where = this.sql.conditions(EventFilter.forProposal("30-day-ceasefire"));
		EventSql.Statement latest = this.sql.latestChanges(where, 20);
		assertThat(latest.sql()).isEqualTo("select e.id from event_proposal d left join event e on e.id = d.event_id"
				+ " where d.published and d.proposal_id = (select pr.id from proposal pr where pr.slug = :proposal)"
				+ " order by e.updated_at desc, e.id desc limit :limit");
		assertThat(latest.params()).containsOnly(entry("proposal", "30-day-ceasefire"), entry("limit", 20));
	}

}
