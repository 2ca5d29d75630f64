package org.backchannel.benchmark;

import org.backchannel.event.Channel;
import org.backchannel.event.EventCursor;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventFilter;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PostgreSQL's executed plans for the main timeline and API queries on whatever database
 * the app runs on, so the benchmark can show index use at a million events. Only there
 * when the benchmark switches it on.
 */
@RestController
@ConditionalOnProperty(name = "backchannel.bench.baseline", havingValue = "true")
public class QueryPlanController {

	private final EventReadService events;

	QueryPlanController(EventReadService events) {
		this.events = events;
	}

	/** A cursor in the middle of the generated decade, for a deep page. */
	public static final EventCursor DEEP = new EventCursor(LocalDate.of(2019, 6, 1), Long.MAX_VALUE);

	/**
	 * The main timeline and API queries, by name: what QueryPlanIT checks on 20,000
	 * events and the benchmark shows at a million.
	 */
	public static Map<String, EventFilter> mainQueries() {
		Map<String, EventFilter> filters = new LinkedHashMap<>();
		filters.put("first page", EventFilter.ALL);
		filters.put("by actor", EventFilter.forActor("synthetic-actor-7"));
		filters.put("by proposal", EventFilter.forProposal("synthetic-proposal-3"));
		filters.put("by type and date", new EventFilter(List.of(), List.of(EventType.MEETING), List.of(), List.of(),
				null, LocalDate.of(2020, 1, 1), null, null, false, null, false, null));
		filters.put("direct Rubio–Lavrov", new EventFilter(List.of(), List.of(), List.of(), List.of(), null, null, null,
				null, true, null, false, null));
		filters.put("leaders' channel", EventFilter.ALL.withChannels(List.of(Channel.LEADERS)));
		filters.put("summits of leaders",
				EventFilter.ALL.withChannels(List.of(Channel.LEADERS)).withTypes(List.of(EventType.SUMMIT)));
		filters.put("q=Talks (in every event)", new EventFilter(List.of(), List.of(), List.of(), List.of(), null, null,
				null, null, false, "Talks", false, null));
		filters.put("q=Sergey Lavrov", new EventFilter(List.of(), List.of(), List.of(), List.of(), null, null, null,
				null, false, "Sergey Lavrov", false, null));
		filters.put("q=grain corridor", new EventFilter(List.of(), List.of(), List.of(), List.of(), null, null, null,
				null, false, "grain corridor", false, null));
		return filters;
	}

	/** One of synthetic-actor-7's events; every generated event has two principals. */
	public static EventDetail sampleEvent(EventReadService events) {
		String slug = events.findEvents(EventFilter.forActor("synthetic-actor-7"), null, 1).items().get(0).slug();
		return events.findEvent(slug).orElseThrow();
	}

	@GetMapping(path = "/bench/plans", produces = MediaType.TEXT_PLAIN_VALUE)
	String plans() {
		String explain = "explain (analyze, buffers) ";
		StringBuilder out = new StringBuilder();
		mainQueries().forEach((name, filter) -> out.append("## ")
			.append(name)
			.append("\n")
			.append(this.events.explain(explain, filter, null, 20))
			.append("\n\n"));
		out.append("## deep page (keyset after 2019-06-01)\n")
			.append(this.events.explain(explain, EventFilter.ALL, DEEP, 20))
			.append("\n\n## deep page by actor\n")
			.append(this.events.explain(explain, EventFilter.forActor("synthetic-actor-7"), DEEP, 20))
			.append("\n\n## an event page's previous contact of the same two principals\n")
			.append(this.events.explainNeighbour(explain, sampleEvent(this.events)))
			.append("\n");
		return out.toString();
	}

}
