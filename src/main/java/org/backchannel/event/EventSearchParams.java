package org.backchannel.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.backchannel.model.InputRules;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The timeline's and the API's query parameters exactly as a client sent them. Parsing
 * them here, once, gives both sides the same rules and the same messages for bad values.
 *
 * @param actor actor slugs, repeatable
 * @param type event types, repeatable
 * @param channel channels, repeatable (MINISTERS, LEADERS, ENVOYS, ...)
 * @param contactStatus contact statuses, repeatable (HELD, PLANNED, CANCELLED, POSTPONED)
 * @param initiator the side that requested the contact
 * @param from first date, ISO 8601 (2025-03-15)
 * @param to last date, ISO 8601
 * @param proposal proposal slug
 * @param direct "true" for direct Rubio–Lavrov contacts only
 * @param q full-text search
 * @param sort date_desc (default) or date_asc
 * @param updatedSince ISO 8601 instant (2025-03-15T00:00:00Z)
 * @param confirmation confirmation levels, repeatable (BOTH_GOVERNMENTS, ONE_GOVERNMENT,
 * ...)
 */
public record EventSearchParams(List<String> actor, List<String> type, List<String> channel,
		@BindParam("contact_status") List<String> contactStatus, String initiator, String from, String to,
		String proposal, String direct, String q, String sort, @BindParam("updated_since") String updatedSince,
		List<String> confirmation) {

	public static final String NEWEST_FIRST = "date_desc";

	public static final String OLDEST_FIRST = "date_asc";

	/** Longest search text accepted; longer is a client error, not a slow query. */
	public static final int MAX_QUERY_LENGTH = 200;

	/** Most actors one filter may name (each must have taken part). */
	public static final int MAX_ACTORS = 5;

	/** Most values of {@code type} one filter may name: each type once. */
	public static final int MAX_TYPES = EventType.values().length;

	public EventSearchParams {
		actor = (actor != null) ? actor : List.of();
		type = (type != null) ? type : List.of();
		channel = (channel != null) ? channel : List.of();
		contactStatus = (contactStatus != null) ? contactStatus : List.of();
		confirmation = (confirmation != null) ? confirmation : List.of();
	}

	public static EventSearchParams empty() {
		return new EventSearchParams(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * How many filters the reader has set (the order is not a filter): the count the
	 * timeline's "Filters" button shows.
	 */
	public int activeFilterCount() {
		int count = 0;
		for (String value : new String[] { this.q, this.initiator, this.from, this.to, this.proposal, this.direct }) {
			count += isBlank(value) ? 0 : 1;
		}
		count += this.type.stream().anyMatch((value) -> !isBlank(value)) ? 1 : 0;
		count += this.actor.stream().anyMatch((value) -> !isBlank(value)) ? 1 : 0;
		count += this.channel.stream().anyMatch((value) -> !isBlank(value)) ? 1 : 0;
		count += this.contactStatus.stream().anyMatch((value) -> !isBlank(value)) ? 1 : 0;
		count += this.confirmation.stream().anyMatch((value) -> !isBlank(value)) ? 1 : 0;
		return count;
	}

	/**
	 * The filter these parameters ask for; every bad value is reported under its
	 * parameter's name and left out of the filter.
	 */
	public Parsed parse() {
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> actors = this.actor;
		if (actors.stream().filter((slug) -> !isBlank(slug)).distinct().count() > MAX_ACTORS) {
			errors.put("actor", "At most " + MAX_ACTORS + " actors may be named in one filter ('actor' given "
					+ actors.size() + " times).");
			actors = List.of();
		}
		List<EventType> types = List.of();
		if (this.type.size() > MAX_TYPES) {
			errors.put("type", "At most " + MAX_TYPES + " types may be named in one filter, each once.");
		}
		else {
			types = parseEnums(EventType.class, this.type, "type", errors);
		}
		List<Channel> channels = List.of();
		if (this.channel.size() > Channel.values().length) {
			errors.put("channel",
					"At most " + Channel.values().length + " channels may be named in one filter, each once.");
		}
		else {
			channels = parseEnums(Channel.class, this.channel, "channel", errors);
		}
		List<ContactStatus> statuses = List.of();
		if (this.contactStatus.size() > ContactStatus.values().length) {
			errors.put("contact_status", "At most " + ContactStatus.values().length
					+ " contact statuses may be named in one filter, each once.");
		}
		else {
			statuses = parseEnums(ContactStatus.class, this.contactStatus, "contact_status", errors);
		}
		List<ConfirmationLevel> levels = List.of();
		if (this.confirmation.size() > ConfirmationLevel.values().length) {
			errors.put("confirmation", "At most " + ConfirmationLevel.values().length
					+ " confirmation levels may be named in one filter, each once.");
		}
		else {
			levels = parseEnums(ConfirmationLevel.class, this.confirmation, "confirmation", errors);
		}
		Initiator initiatorSide = isBlank(this.initiator) ? null
				: parseEnum(Initiator.class, this.initiator, "initiator", errors).orElse(null);
		LocalDate fromDate = parseDate(this.from, "from", errors);
		LocalDate toDate = parseDate(this.to, "to", errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.put("to", "'to' must not be before 'from'.");
			toDate = null;
		}
		boolean directOnly = false;
		if (!isBlank(this.direct)) {
			if (this.direct.equalsIgnoreCase("true") || this.direct.equalsIgnoreCase("on")) {
				directOnly = true;
			}
			else if (!this.direct.equalsIgnoreCase("false")) {
				errors.put("direct", "'direct' must be true or false.");
			}
		}
		String text = this.q;
		if (text != null && text.length() > MAX_QUERY_LENGTH) {
			errors.put("q", "The search text may be at most " + MAX_QUERY_LENGTH + " characters.");
			text = null;
		}
		boolean oldestFirst = false;
		if (!isBlank(this.sort)) {
			if (this.sort.equals(OLDEST_FIRST)) {
				oldestFirst = true;
			}
			else if (!this.sort.equals(NEWEST_FIRST)) {
				errors.put("sort",
						"'sort' must be " + NEWEST_FIRST + " (newest first) or " + OLDEST_FIRST + " (oldest first).");
			}
		}
		Instant since = null;
		if (!isBlank(this.updatedSince)) {
			try {
				since = Instant.parse(this.updatedSince.strip());
				if (!InputRules.storable(since)) {
					errors.put("updated_since", "'updated_since' must be in the years 1 to 9999.");
					since = null;
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("updated_since",
						"'updated_since' must be an ISO 8601 instant such as 2025-03-15T00:00:00Z.");
			}
		}
		return new Parsed(new EventFilter(actors, types, channels, statuses, initiatorSide, fromDate, toDate,
				this.proposal, directOnly, text, oldestFirst, since, levels), errors);
	}

	private static <E extends Enum<E>> List<E> parseEnums(Class<E> type, List<String> values, String field,
			Map<String, String> errors) {
		List<E> parsed = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				parseEnum(type, value, field, errors).ifPresent(parsed::add);
			}
		}
		return parsed;
	}

	private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value, String field,
			Map<String, String> errors) {
		try {
			return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			errors.put(field, "'" + field + "' must be one of " + allowed + ".");
			return Optional.empty();
		}
	}

	private static LocalDate parseDate(String value, String field, Map<String, String> errors) {
		if (isBlank(value)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (!InputRules.storable(day)) {
				errors.put(field, "'" + field + "' must be in the years 1 to 9999.");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "'" + field + "' must be a date in the form YYYY-MM-DD, e.g. 2025-03-15.");
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The filter and, by parameter name, what was wrong with the values left out of it.
	 */
	public record Parsed(EventFilter filter, Map<String, String> errors) {

		public boolean hasErrors() {
			return !this.errors.isEmpty();
		}

	}

}
