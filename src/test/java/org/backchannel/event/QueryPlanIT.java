package org.backchannel.event;

import org.backchannel.benchmark.QueryPlanController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.backchannel.actor.ActorReadService;
import org.backchannel.proposal.ProposalReadService;
import org.backchannel.stats.StatsService;
import org.backchannel.testing.CapturedStatements;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a database large enough for PostgreSQL's planner to care (20,000 synthetic events
 * from the generator), every main timeline and API query reaches events through an index:
 * no sequential scan of events, participants or proposal links. The benchmark records the
 * same plans, executed, at a million (bench/results/plans-1000000.txt).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "backchannel.generate.events=20000", "backchannel.generate.actors=2000" })
@Import(CapturedStatements.class)
class QueryPlanIT {

	@Autowired
	private EventReadService events;

	@Autowired
	private StatsService stats;

	@Autowired
	private ActorReadService actors;

	@Autowired
	private ProposalReadService proposals;

	@Autowired
	private DataSource dataSource;

	@Test
	void everyMainQueryUsesAnIndex() {
		EventCursor deep = QueryPlanController.DEEP;
		Map<String, EventFilter> filters = QueryPlanController.mainQueries();
		filters.forEach((name, filter) -> {
			String plans = this.events.explain("explain ", filter, null, 20);
			String page = withoutCountAlong(plans.substring(0, plans.indexOf("---")), name);
			assertThat(page).as("%s:%n%s", name, plans)
				.containsPattern("Index (Only )?Scan|Bitmap Index Scan")
				.doesNotContainPattern("Seq Scan on event\\b")
				.doesNotContain("Seq Scan on event_participant")
				.doesNotContain("Seq Scan on event_proposal");
			assertCountStopsAtItsCap(name, plans.substring(plans.indexOf("---")));
		});
		String deepPage = this.events.explain("explain ", EventFilter.ALL, deep, 20);
		assertThat(deepPage.substring(0, deepPage.indexOf("---"))).doesNotContain("Seq Scan");
		// One actor's (or one proposal's) page reads that actor's participations (that
		// proposal's links) in timeline order, first page or deep, instead of walking
		// every event by date.
		for (EventCursor after : new EventCursor[] { null, deep }) {
			String byActor = this.events.explain("explain ", EventFilter.forActor("synthetic-actor-7"), after, 20);
			assertThat(byActor.substring(0, byActor.indexOf("---"))).as(byActor)
				.contains("event_participant_timeline_idx")
				.doesNotContain("Sort");
			String byProposal = this.events.explain("explain ", EventFilter.forProposal("synthetic-proposal-3"), after,
					20);
			assertThat(byProposal.substring(0, byProposal.indexOf("---"))).as(byProposal)
				.contains("event_proposal_timeline_idx")
				.doesNotContain("Sort");
		}
		// An event page's previous contact: one probe of the pair's own timeline.
		String neighbour = this.events.explainNeighbour("explain ", QueryPlanController.sampleEvent(this.events));
		assertThat(neighbour).as(neighbour)
			.contains("event_principal_pair_timeline_idx")
			.doesNotContain("Sort")
			.doesNotContain("Seq Scan");
	}

	/**
	 * A page's plan without the count a search's first page makes along (the InitPlan
	 * that counts up to the cap, checked like every count).
	 */
	private static String withoutCountAlong(String page, String name) {
		List<String> lines = new ArrayList<>(List.of(page.split("\n")));
		for (int start = 0; start < lines.size(); start++) {
			if (!lines.get(start).strip().startsWith("InitPlan")) {
				continue;
			}
			int indent = lines.get(start).indexOf("InitPlan");
			int end = start + 1;
			while (end < lines.size() && lines.get(end).length() - lines.get(end).stripLeading().length() > indent) {
				end++;
			}
			String block = String.join("\n", lines.subList(start, end));
			if (block.contains("Aggregate")) {
				assertCountStopsAtItsCap(name, block);
				lines.subList(start, end).clear();
				return String.join("\n", lines);
			}
		}
		return page;
	}

	/**
	 * Every count, the whole timeline's included, stops after its cap (issue 28: counting
	 * a million events took a second): its plan is a Limit over the matches, and nothing
	 * under it reads the participations or proposal links whole. A sequential scan of
	 * events appears only beneath that Limit, where the planner expects nearly every row
	 * to match (a word in every event, a type since a date), and stops after the cap's
	 * matches; the page's own plan never has one.
	 */
	private static void assertCountStopsAtItsCap(String name, String count) {
		assertThat(count).as("%s:%n%s", name, count)
			.containsPattern("(?s)Aggregate.*->\\s+Limit")
			.doesNotContain("Seq Scan on event_participant")
			.doesNotContain("Seq Scan on event_proposal");
		int limit = count.indexOf("Limit");
		int seqScan = count.indexOf("Seq Scan on event ");
		assertThat(seqScan < 0 || seqScan > limit).as("%s: a sequential scan only under the cap:%n%s", name, count)
			.isTrue();
	}

	/**
	 * The statistics read only the counts the writes keep (V27), an actor's counterparts
	 * only that actor's participations and their events' participants, the proposal list
	 * no event at all: the generic plan of every statement each really sends.
	 */
	@Test
	void theStatisticsCounterpartsAndProposalListReadNoWholeTable() {
		Map<String, Runnable> reads = new LinkedHashMap<>();
		reads.put("statistics", this.stats::statistics);
		reads.put("actor", () -> this.actors.findActor("synthetic-actor-7"));
		reads.put("proposals", () -> this.proposals.findProposals("synthetic-proposal-3", 50));
		reads.put("actor list", () -> this.actors.findActorPage("synthetic-actor-7", 100));
		reads.forEach((name, read) -> {
			CapturedStatements.reset();
			read.run();
			String plans = String.join("\n---\n",
					CapturedStatements.statements()
						.stream()
						.filter((sql) -> sql.strip().toLowerCase(Locale.ROOT).matches("(?s)^(select|with)\\b.*"))
						.map((sql) -> sql + "\n" + CapturedStatements.genericPlan(this.dataSource, sql))
						.toList());
			assertThat(plans).as("%s:%n%s", name, plans)
				.isNotEmpty()
				.doesNotContainPattern("Seq Scan on event\\b")
				.doesNotContain("Seq Scan on event_participant")
				.doesNotContain("Seq Scan on event_principal_pair");
			if (!name.equals("actor")) {
				assertThat(plans).as("%s:%n%s", name, plans).doesNotContainPattern(" on event(_participant)? ");
			}
		});
	}

}
