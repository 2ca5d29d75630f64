package org.backchannel.web.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.backchannel.event.EventDetail;
import org.backchannel.event.ReadoutView;
import org.backchannel.model.Characters;
import org.backchannel.model.DatePrecision;

/**
 * Contacts as an RFC 5545 calendar a calendar app can subscribe to. Every contact is an
 * all-day event on the day the sources give; one known only to the month (or less) is
 * left out rather than shown on a day it may not have happened.
 */
final class EventCalendar {

	static final String NAME = "Backchannel: US–Russia contacts";

	/** How often subscribers should refetch. */
	static final java.time.Duration REFRESH = java.time.Duration.ofHours(6);

	private EventCalendar() {
	}

	static String write(List<EventDetail> events, String baseUrl) {
		return write(events, baseUrl, NAME);
	}

	/**
	 * @param name the calendar's name: {@link #NAME}, and what it is filtered to
	 */
	static String write(List<EventDetail> events, String baseUrl, String name) {
		Calendar calendar = new Calendar().add(new ProdId("-//Backchannel//US-Russia contacts//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
		for (EventDetail event : events) {
			if (event.date().precision() == DatePrecision.DAY) {
				calendar.add(toVEvent(event, baseUrl));
			}
		}
		StringWriter out = new StringWriter();
		try {
			// validates on the way out: an invalid calendar fails here, not in a client
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static VEvent toVEvent(EventDetail event, String baseUrl) {
		LocalDate start = event.date().value();
		LocalDate last = (event.endDate() != null && event.endDate().isAfter(start)) ? event.endDate() : start;
		String url = baseUrl + "/events/" + event.slug();
		// DTEND of an all-day event is exclusive: the day after the last one.
		// an iCalendar TEXT value cannot carry controls (old or hand-edited data)
		VEvent vevent = new VEvent(start, last.plusDays(1), Characters.printable(title(event)));
		vevent.add(new Uid(event.slug() + "@backchannel"));
		// DTSTAMP from the last change, not the request time, so an unchanged
		// calendar is byte-identical and its ETag stable (the constructor put in now).
		vevent.replace(new DtStamp(event.updatedAt()));
		vevent.add(new Created(event.createdAt()));
		vevent.add(new LastModified(event.updatedAt()));
		vevent.add(new Sequence((int) Math.min(event.version(), Integer.MAX_VALUE)));
		String location = location(event);
		if (location != null) {
			vevent.add(new Location(Characters.printable(location)));
		}
		vevent.add(new Description(Characters.printable(description(event, url))));
		vevent.add(new Url(URI.create(url)));
		vevent.add(new Categories(event.type().name()));
		// A contact that was only planned, or called off, is never shown as one that was
		// held.
		vevent.add(new Status(switch (event.contactStatus()) {
			case HELD -> Status.VALUE_CONFIRMED;
			case PLANNED, POSTPONED -> Status.VALUE_TENTATIVE;
			case CANCELLED -> Status.VALUE_CANCELLED;
		}));
		return vevent;
	}

	/**
	 * The event's title, saying first when the contact did not take place as planned.
	 */
	static String title(EventDetail event) {
		return switch (event.contactStatus()) {
			case HELD -> event.title();
			case PLANNED -> "Planned: " + event.title();
			case CANCELLED -> "Cancelled: " + event.title();
			case POSTPONED -> "Postponed: " + event.title();
		};
	}

	static String location(EventDetail event) {
		if (event.place() != null && event.country() != null) {
			return event.place() + " (" + event.country() + ")";
		}
		return (event.place() != null) ? event.place() : event.country();
	}

	static String description(EventDetail event, String url) {
		StringBuilder text = new StringBuilder(event.summary());
		if (event.dateNote() != null) {
			text.append("\n\nDate: ").append(event.dateNote());
		}
		text.append("\n\nConfirmation (")
			.append(event.confirmation().level())
			.append("): ")
			.append(event.confirmation().reason());
		for (ReadoutView readout : event.readouts()) {
			text.append("\n\n")
				.append(readout.side())
				.append(" readout (")
				.append(readout.issuer().name())
				.append("): ")
				.append(readout.summary());
		}
		return text.append("\n\n").append(url).toString();
	}

}
