package org.backchannel.web.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.backchannel.event.EventFilter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a view is filtered to, in words, for the titles of calendars, feeds and embeds
 * ("Leaders (Trump–Putin); Phone call; with sergei-lavrov"). People and proposals are
 * named by their slugs, as in the view's address: no look-up is needed.
 */
@Component
class FilterDescription {

	private final MessageSource messages;

	FilterDescription(MessageSource messages) {
		this.messages = messages;
	}

	/** The parts of the filter in words; empty for the whole record. */
	List<String> parts(EventFilter filter) {
		List<String> parts = new ArrayList<>();
		words(parts, "channel.", filter.channels());
		words(parts, "eventType.", filter.types());
		words(parts, "contactStatus.", filter.statuses());
		if (!filter.actors().isEmpty()) {
			parts.add("with " + String.join(" and ", filter.actors()));
		}
		if (filter.direct()) {
			parts.add(message("filter.direct"));
		}
		if (filter.initiator() != null) {
			parts.add(message("filter.initiator") + " " + message("initiator." + filter.initiator().name()));
		}
		if (filter.proposal() != null) {
			parts.add("proposal " + filter.proposal());
		}
		if (filter.from() != null) {
			parts.add("from " + filter.from());
		}
		if (filter.to() != null) {
			parts.add("to " + filter.to());
		}
		if (filter.q() != null) {
			parts.add("search \u201C" + filter.q() + "\u201D");
		}
		return parts;
	}

	/** A title with what the view is filtered to after a dash, or the title alone. */
	String title(String title, EventFilter filter) {
		List<String> parts = parts(filter);
		return parts.isEmpty() ? title : title + " \u2014 " + String.join("; ", parts);
	}

	private void words(List<String> parts, String prefix, List<? extends Enum<?>> values) {
		if (!values.isEmpty()) {
			StringJoiner or = new StringJoiner(" or ");
			values.forEach((value) -> or.add(message(prefix + value.name())));
			parts.add(or.toString());
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, Locale.ENGLISH);
	}

}
