package org.backchannel.web.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.backchannel.event.EventDetail;
import org.backchannel.model.Characters;

/**
 * The newest events and changes as an RFC 4287 Atom feed: one entry per event, updated
 * whenever the event is, latest first.
 */
final class EventFeed {

	static final String TITLE = "Backchannel: US–Russia diplomatic contacts";

	static final String AUTHOR = "Backchannel";

	private EventFeed() {
	}

	/**
	 * The start of every id in the feed: a tag URI (RFC 4151), the same on every host.
	 */
	static final String TAG = "tag:backchannel,2025:";

	/**
	 * @param selfUrl the feed's own URL as the client asked for it, filters included
	 * @param id the feed's id, which does not depend on the host: another filter is
	 * another feed
	 */
	static String write(List<EventDetail> events, String baseUrl, String selfUrl, String id) {
		return write(events, baseUrl, selfUrl, id, TITLE, null);
	}

	/**
	 * @param title the feed's title: {@link #TITLE}, and what it is filtered to
	 * @param coverage how current the record is (the feed's subtitle), or null
	 */
	static String write(List<EventDetail> events, String baseUrl, String selfUrl, String id, String title,
			String coverage) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(id);
		feed.setTitle(Characters.printable(title));
		if (coverage != null) {
			Content subtitle = new Content();
			subtitle.setType("text");
			subtitle.setValue(coverage);
			feed.setSubtitle(subtitle);
		}
		feed.setAuthors(List.of(author(baseUrl)));
		feed.setAlternateLinks(List.of(link("alternate", baseUrl + "/", "text/html")));
		feed.setOtherLinks(List.of(link("self", selfUrl, "application/atom+xml")));
		// an empty feed still needs an updated; the epoch keeps it stable for its ETag
		Instant updated = events.stream().map(EventDetail::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		feed.setUpdated(Date.from(updated));
		List<Entry> entries = new ArrayList<>();
		for (EventDetail event : events) {
			entries.add(entry(event, baseUrl));
		}
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
	}

	private static Entry entry(EventDetail event, String baseUrl) {
		String url = baseUrl + "/events/" + event.slug();
		Entry entry = new Entry();
		// tag URIs (RFC 4151) stay the same whatever host serves the feed
		entry.setId(TAG + "event/" + event.slug());
		// XML 1.0 cannot carry every character text may hold (old or hand-edited data)
		entry.setTitle(Characters.printable(EventCalendar.title(event) + " (" + event.date().text() + ")"));
		entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
		entry.setPublished(Date.from(event.createdAt()));
		entry.setUpdated(Date.from(event.updatedAt()));
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(Characters.printable(EventCalendar.description(event, url)));
		entry.setSummary(summary);
		Category category = new Category();
		category.setTerm(event.type().name());
		entry.setCategories(List.of(category));
		return entry;
	}

	private static SyndPerson author(String baseUrl) {
		Person author = new Person();
		author.setName(AUTHOR);
		author.setUri(baseUrl + "/");
		return author;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
