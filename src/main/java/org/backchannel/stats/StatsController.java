package org.backchannel.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Charts of the contacts, each next to a table holding the same figures. The charts are
 * drawn by a static script from a JSON data block, so the page needs no inline script.
 */
@Controller
class StatsController {

	private final StatsService stats;

	private final MessageSource messages;

	private final JsonMapper json;

	StatsController(StatsService stats, MessageSource messages, JsonMapper json) {
		this.stats = stats;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/stats")
	String showStats(Model model) {
		StatsService.Statistics statistics = this.stats.statistics();
		model.addAttribute("stats", statistics);
		model.addAttribute("chartData", chartData(statistics));
		model.addAttribute("activeNav", "stats");
		return "stats/statistics";
	}

	/**
	 * The chart data as JSON that is safe inside a script element: a "<" could close it,
	 * so it is written as its Unicode escape.
	 */
	private String chartData(StatsService.Statistics statistics) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("months", Map.of("labels", statistics.perMonth().stream().map((m) -> m.month().text()).toList(),
				"series",
				List.of(series(message("stats.phoneCalls", locale),
						statistics.perMonth().stream().map(StatsService.MonthCount::phoneCalls).toList()),
						series(message("stats.inPerson", locale),
								statistics.perMonth().stream().map(StatsService.MonthCount::inPerson).toList()))));
		data.put("initiators", Map.of("labels",
				statistics.byInitiator()
					.stream()
					.map((i) -> message("initiator." + i.initiator().name(), locale))
					.toList(),
				"series", List.of(series(message("stats.contacts", locale),
						statistics.byInitiator().stream().map(StatsService.InitiatorCount::contacts).toList()))));
		data.put("pairs",
				Map.of("labels",
						statistics.byPair().stream().map((p) -> p.first().name() + " – " + p.second().name()).toList(),
						"series", List.of(series(message("stats.contacts", locale),
								statistics.byPair().stream().map(StatsService.PairCount::contacts).toList()))));
		return this.json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static Map<String, Object> series(String label, List<Long> values) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("label", label);
		series.put("data", values);
		return series;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
