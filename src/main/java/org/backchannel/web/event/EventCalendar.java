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

	/** The longest content line RFC 5545 (3.1) allows, in octets, line break excluded. */
	static final int LINE_OCTETS = 75;

	/**
	 * The component of a calendar with no contact (RFC 5545 requires at least one): the
	 * UTC time zone, which no client shows.
	 */
	static final String EMPTY_CALENDAR_COMPONENT = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD",
			"DTSTART:19700101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE")
			+ "\r\n";

	static String write(List<EventDetail> events, String baseUrl) {
		return write(events, baseUrl, NAME, null);
	}

	/**
	 * @param name the calendar's name: {@link #NAME}, and what it is filtered to
	 * @param bound when not null, what the calendar says about being bounded (the most
	 * recent contacts only, and where the rest are)
	 */
	static String write(List<EventDetail> events, String baseUrl, String name, String bound) {
		Calendar calendar = new Calendar().add(new ProdId("-//Backchannel//US-Russia contacts//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
		if (bound != null) {
			calendar.add(new Description(bound));
			calendar.add(new XProperty("X-WR-CALDESC", bound));
		}
		boolean any = false;
		for (EventDetail event : events) {
			if (event.date().precision() == DatePrecision.DAY) {
				calendar.add(toVEvent(event, baseUrl));
				any = true;
			}
		}
		StringWriter out = new StringWriter();
		try {
			// validates on the way out: an invalid calendar fails here, not in a client;
			// folded below, by octets (ical4j folds by characters)
			new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String text = out.toString();
		if (!any) {
			int end = text.lastIndexOf("END:VCALENDAR");
			text = text.substring(0, end) + EMPTY_CALENDAR_COMPONENT + text.substring(end);
		}
		return fold(text);
	}

	/**
	 * Folds every content line longer than {@value #LINE_OCTETS} octets of UTF-8 (RFC
	 * 5545, 3.1): a line break and a space before the octet that would be the 76th, never
	 * inside a character's octets.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length() + text.length() / 50);
		for (String line : text.split("\r\n", -1)) {
			if (folded.length() > 0) {
				folded.append("\r\n");
			}
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
				if (octets + size > LINE_OCTETS) {
					folded.append("\r\n ");
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
		}
		return folded.toString();
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
