package org.backchannel.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per watched source, in Actuator's metrics (tag {@code source}, the source's name):
 * {@code backchannel.watch.last.success} and {@code backchannel.watch.last.error} (epoch
 * seconds, 0 for never), {@code backchannel.watch.items.seen},
 * {@code backchannel.watch.items.queued} and {@code backchannel.watch.failing} (1 while
 * the source fails). Refreshed after each poll and each change of a source.
 */
@Component
public class WatchMetrics implements SmartInitializingSingleton {

	private final JdbcClient jdbc;

	private final List<Gauge> gauges = new ArrayList<>();

	WatchMetrics(JdbcClient jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		gauge(registry, "backchannel.watch.last.success", "seconds", "When the source was last read",
				(s) -> epoch(s.lastSuccessAt()));
		gauge(registry, "backchannel.watch.last.error", "seconds", "When reading the source last failed",
				(s) -> epoch(s.lastErrorAt()));
		gauge(registry, "backchannel.watch.items.seen", "items", "Items read from the source", (s) -> s.itemsSeen());
		gauge(registry, "backchannel.watch.items.queued", "items", "Items the source brought to the queue",
				(s) -> s.itemsQueued());
		gauge(registry, "backchannel.watch.failing", null, "1 while the source fails",
				(s) -> (s.failingSince() != null) ? 1 : 0);
	}

	private record Gauge(MultiGauge gauge, ToDoubleFunction<WatchedSource> value) {
	}

	private void gauge(MeterRegistry registry, String name, String unit, String description,
			ToDoubleFunction<WatchedSource> value) {
		MultiGauge.Builder builder = MultiGauge.builder(name).description(description);
		if (unit != null) {
			builder.baseUnit(unit);
		}
		this.gauges.add(new Gauge(builder.register(registry), value));
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// no database yet: the first poll or change fills them
		}
	}

	public void refresh() {
		List<WatchedSource> sources = this.jdbc
			.sql("select " + WatchedSourceService.COLUMNS + " from watched_source order by id")
			.query(WatchedSourceService::row)
			.list();
		for (Gauge g : this.gauges) {
			List<MultiGauge.Row<?>> rows = new ArrayList<>();
			for (WatchedSource source : sources) {
				double value = g.value().applyAsDouble(source);
				rows.add(MultiGauge.Row.of(Tags.of("source", source.name()), () -> value));
			}
			g.gauge().register(rows, true);
		}
	}

	private static double epoch(Instant instant) {
		return (instant != null) ? instant.getEpochSecond() : 0;
	}

}
