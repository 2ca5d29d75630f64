package org.backchannel.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;

/**
 * The events of one month as the timeline shows them under a heading. Events known only
 * to the year, or not dated at all, get a heading of their own at that precision rather
 * than an invented month.
 */
public record MonthGroup(PartialDate period, List<EventSummary> events) {

	/**
	 * Events grouped by month, in the order given (the page's sort order).
	 */
	public static List<MonthGroup> of(List<EventSummary> events) {
		Map<PartialDate, List<EventSummary>> byPeriod = new LinkedHashMap<>();
		for (EventSummary event : events) {
			byPeriod.computeIfAbsent(periodOf(event.date()), (key) -> new ArrayList<>()).add(event);
		}
		List<MonthGroup> groups = new ArrayList<>();
		byPeriod.forEach((period, list) -> groups.add(new MonthGroup(period, list)));
		return groups;
	}

	private static PartialDate periodOf(PartialDate date) {
		return switch (date.precision()) {
			case DAY, MONTH -> new PartialDate(date.value().withDayOfMonth(1), DatePrecision.MONTH);
			case YEAR, UNKNOWN -> date;
		};
	}

	/** An id-safe key for the heading: 2025-03, 2025 or "undated". */
	public String key() {
		return (this.period.precision() != DatePrecision.UNKNOWN) ? this.period.iso() : "undated";
	}

}
