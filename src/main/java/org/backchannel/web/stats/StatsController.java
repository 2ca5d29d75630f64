package org.backchannel.web.stats;

import org.backchannel.stats.StatsService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.backchannel.caching.CachedResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Charts of the contacts, each next to a table holding the same figures. The charts are
 * drawn by a static script from a JSON data block, so the page needs no inline script.
 */
@PageController
class StatsController {

	private final StatsService stats;

	private final MessageSource messages;

	private final JsonMapper json;

	StatsController(StatsService stats, MessageSource messages, JsonMapper json) {
		this.stats = stats;
		this.messages = messages;
		this.json = json;
	}

	@CachedResponse(tagged = true)
	@GetMapping("/stats")
	String showStats(Model model) {
		StatsService.Statistics statistics = this.stats.statistics();
		model.addAttribute("stats", statistics);
		model.addAttribute("chartData", chartData(statistics));
		model.addAttribute("channels", StatsService.CHANNELS);
		model.addAttribute("confirmationLevels", StatsService.HELD_LEVELS);
		model.addAttribute("topPairs", StatsService.TOP_PAIRS);
		model.addAttribute("pageTitleKey", "stats.title");
		model.addAttribute("pageDescription", this.messages.getMessage("stats.intro",
				new Object[] { statistics.total() }, LocaleContextHolder.getLocale()));
		model.addAttribute("activeNav", "stats");
		return "stats/statistics";
	}

	/**
	 * The chart data as JSON that is safe inside a script element: a "<" could close it,
	 * so it is written as its Unicode escape.
	 */
	private String chartData(StatsService.Statistics statistics) {
		Locale locale = LocaleContextHolder.getLocale();
		String contacts = message("stats.contacts", locale);
		Map<String, Object> data = new LinkedHashMap<>();
		List<Map<String, Object>> perChannel = new ArrayList<>();
		for (int i = 0; i < StatsService.CHANNELS.size(); i++) {
			int index = i;
			perChannel.add(series(message("channel." + StatsService.CHANNELS.get(i).name(), locale),
					statistics.perMonth().stream().map((row) -> row.perChannel().get(index)).toList()));
		}
		data.put("months",
				figures(statistics.perMonth().stream().map((row) -> row.month().text()).toList(), perChannel));
		data.put("initiators", figures(
				statistics.byInitiator()
					.stream()
					.map((row) -> message("initiator." + row.initiator().name(), locale))
					.toList(),
				series(contacts,
						statistics.byInitiator().stream().map(StatsService.InitiatorCount::contacts).toList())));
		data.put("pairs", figures(
				statistics.byPair().stream().map((row) -> row.first().name() + " – " + row.second().name()).toList(),
				series(contacts, statistics.byPair().stream().map(StatsService.PairCount::contacts).toList())));
		return this.json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static Map<String, Object> figures(List<String> labels, Map<String, Object> series) {
		return figures(labels, List.of(series));
	}

	private static Map<String, Object> figures(List<String> labels, List<Map<String, Object>> series) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("labels", labels);
		figures.put("series", series);
		return figures;
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
