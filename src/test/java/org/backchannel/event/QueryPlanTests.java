package org.backchannel.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a database large enough for PostgreSQL's planner to care (20,000 synthetic events
 * from the generator), every main timeline and API query reaches events through an index:
 * no sequential scan of events, participants or proposal links. The benchmark checks the
 * same at a million.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "backchannel.generate.events=20000", "backchannel.generate.actors=2000" })
class QueryPlanTests {

	@Autowired
	private EventQueryService events;

	@Test
	void everyMainQueryUsesAnIndex() {
		EventCursor deep = new EventCursor(LocalDate.of(2019, 6, 1), 500_000);
		Map<String, EventFilter> filters = Map.of("first page", EventFilter.ALL, "by actor",
				EventFilter.forActor("synthetic-actor-7"), "by proposal",
				EventFilter.forProposal("synthetic-proposal-3"), "by type and date",
				filter(List.of(EventType.MEETING), LocalDate.of(2020, 1, 1), null), "direct Rubio–Lavrov",
				new EventFilter(List.of(), List.of(), null, null, null, null, true, null, false, null), "full-text",
				new EventFilter(List.of(), List.of(), null, null, null, null, false, "Sergey Lavrov", false, null));
		filters.forEach((name, filter) -> {
			String plans = this.events.explain(filter, null, 20);
			String page = plans.substring(0, plans.indexOf("---"));
			assertThat(page).as("%s:%n%s", name, plans)
				.containsPattern("Index (Only )?Scan|Bitmap Index Scan")
				.doesNotContainPattern("Seq Scan on event\\b")
				.doesNotContain("Seq Scan on event_participant")
				.doesNotContain("Seq Scan on event_proposal");
			if (filter != EventFilter.ALL) {
				assertThat(plans).as("%s:%n%s", name, plans).doesNotContainPattern("Seq Scan on event\\b");
			}
		});
		String deepPage = this.events.explain(EventFilter.ALL, deep, 20);
		assertThat(deepPage.substring(0, deepPage.indexOf("---"))).doesNotContain("Seq Scan");
		// One actor's page reads that actor's participations in timeline order, first
		// page or deep, instead of walking every event by date.
		for (EventCursor after : new EventCursor[] { null, deep }) {
			String byActor = this.events.explain(EventFilter.forActor("synthetic-actor-7"), after, 20);
			assertThat(byActor.substring(0, byActor.indexOf("---"))).as(byActor)
				.contains("event_participant_timeline_idx")
				.doesNotContain("Sort");
		}
	}

	private static EventFilter filter(List<EventType> types, LocalDate from, LocalDate to) {
		return new EventFilter(List.of(), types, null, from, to, null, false, null, false, null);
	}

}
