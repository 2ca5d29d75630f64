package org.backchannel.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts an event snapshot into words, field by field, with names instead of slugs and ids,
 * so that two revisions can be compared by a reader.
 */
class EventDescriber {

	private final Map<String, String> actorNames = new LinkedHashMap<>();

	private final Map<Long, String> sourceNames = new LinkedHashMap<>();

	private final Map<String, String> proposalTitles = new LinkedHashMap<>();

	EventDescriber(JdbcClient jdbc) {
		jdbc.sql("select slug, name from actor")
			.query((rs, row) -> this.actorNames.put(rs.getString("slug"), rs.getString("name")))
			.list();
		jdbc.sql("select id, outlet, title from source")
			.query((rs, row) -> this.sourceNames.put(rs.getLong("id"),
					rs.getString("outlet") + ": " + rs.getString("title")))
			.list();
		jdbc.sql("select slug, title from proposal")
			.query((rs, row) -> this.proposalTitles.put(rs.getString("slug"), rs.getString("title")))
			.list();
	}

	Map<String, String> describe(EventData data, EventStatus status) {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("Status", status.name().toLowerCase());
		lines.put("Slug", data.slug());
		lines.put("Title", data.title());
		lines.put("Type", (data.type() != null) ? data.type().name() : null);
		lines.put("Channel", (data.channel() != null) ? data.channel().name() : null);
		lines.put("Contact status", (data.contactStatus() != null) ? data.contactStatus().name() : null);
		lines.put("Date", (data.when().date() != null) ? data.when().date() + " (" + data.when().datePrecision() + ")"
				: "unknown");
		lines.put("Date note", data.when().dateNote());
		lines.put("End date", data.when().endDate());
		lines.put("Duration (minutes)",
				(data.when().durationMinutes() != null) ? data.when().durationMinutes().toString() : null);
		// every component of the group, in its order: a field added to it shows here too
		lines.put("Place", join(", ", components(data.where())));
		lines.put("Initiated by",
				join(" · ", (data.initiated().initiator() != null) ? data.initiated().initiator().name() : null,
						actor(data.initiated().initiatorActor()), data.initiated().initiatorNote(),
						source(data.initiated().initiatorSource())));
		lines.put("Summary", data.summary());
		lines.put("Participants",
				data.participants()
					.stream()
					.map((participant) -> actor(participant.actor()) + " (" + participant.role() + ")")
					.collect(Collectors.joining("; ")));
		for (int i = 0; i < data.readouts().size(); i++) {
			EventData.ReadoutData readout = data.readouts().get(i);
			lines.put("Readout " + (i + 1),
					join(" · ", readout.side() + " readout by " + actor(readout.issuer()),
							(readout.language() != null) ? "issued in " + readout.language() : null, readout.summary(),
							readout.keyQuotes().isEmpty() ? null
									: "key quotes: “" + String.join("”, “", readout.keyQuotes()) + "”",
							"source " + source(readout.source())));
		}
		for (int i = 0; i < data.quotes().size(); i++) {
			EventData.QuoteData quote = data.quotes().get(i);
			lines.put("Quote " + (i + 1), join(" · ", actor(quote.speaker()) + ": “" + quote.text() + "”",
					quote.context(), "source " + source(quote.source())));
		}
		for (int i = 0; i < data.claims().size(); i++) {
			EventData.ClaimData claim = data.claims().get(i);
			lines.put("Claim " + (i + 1),
					join(" · ", claim.status() + ": " + claim.text(),
							(claim.disputedBy() != null) ? "disputed by " + actor(claim.disputedBy()) : null,
							"source " + source(claim.source())));
		}
		lines.put("Proposals discussed",
				data.proposals()
					.stream()
					.map((slug) -> this.proposalTitles.getOrDefault(slug, slug))
					.collect(Collectors.joining("; ")));
		lines.put("Sources", data.sources().stream().map(this::source).collect(Collectors.joining("; ")));
		lines.replaceAll((field, value) -> (value == null || value.isEmpty()) ? null : value);
		return lines;
	}

	/**
	 * The fields whose words differ, in the order of the later revision (removed rows
	 * last).
	 */
	static List<EventHistory.Difference> differences(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<EventHistory.Difference> differences = new ArrayList<>();
		for (String field : fields) {
			String old = before.get(field);
			String now = after.get(field);
			if (!Objects.equals(old, now)) {
				differences.add(new EventHistory.Difference(field, old, now));
			}
		}
		return differences;
	}

	private String actor(String slug) {
		return (slug != null) ? this.actorNames.getOrDefault(slug, slug) : null;
	}

	private String source(Long id) {
		return (id != null) ? this.sourceNames.getOrDefault(id, "#" + id) : null;
	}

	/** A group's values in its components' order, as text (null where not given). */
	private static String[] components(Record group) {
		return java.util.Arrays.stream(group.getClass().getRecordComponents()).map((component) -> {
			try {
				return Objects.toString(component.getAccessor().invoke(group), null);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(String[]::new);
	}

	private static String join(String separator, String... parts) {
		String joined = java.util.Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
		return joined.isEmpty() ? null : joined;
	}

}
