package org.backchannel.web.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.backchannel.model.Characters;
import org.backchannel.watch.QueueItem;

/**
 * The review queue as an RFC 4287 Atom feed: one entry per item, newest first.
 */
final class QueueFeed {

	static final String TAG = "tag:backchannel,2025:queue";

	private QueueFeed() {
	}

	static String write(List<QueueItem> items, String baseUrl) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(TAG);
		feed.setTitle("Backchannel: the review queue");
		Person author = new Person();
		author.setName("Backchannel");
		feed.setAuthors(List.of(author));
		feed.setAlternateLinks(List.of(link("alternate", baseUrl + "/admin/queue", "text/html")));
		feed.setOtherLinks(List.of(link("self", baseUrl + "/api/queue/feed.atom", "application/atom+xml")));
		feed.setUpdated(
				Date.from(items.stream().map(QueueItem::fetched).max(Instant::compareTo).orElse(Instant.EPOCH)));
		List<Entry> entries = new ArrayList<>();
		for (QueueItem item : items) {
			Entry entry = new Entry();
			entry.setId(TAG + "/" + item.id() + "/" + item.revision());
			entry.setTitle(Characters.printable("[" + label(item) + "] " + item.title()));
			entry.setAlternateLinks(List.of(link("alternate",
					(item.url() != null) ? item.url() : baseUrl + "/admin/queue#item-" + item.id(), "text/html")));
			entry.setUpdated(Date.from(item.fetched()));
			if (item.published() != null) {
				entry.setPublished(Date.from(item.published()));
			}
			Content summary = new Content();
			summary.setType("text");
			summary.setValue(Characters.printable(item.sourceName() + ": " + item.reason()));
			entry.setSummary(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
	}

	static String label(QueueItem item) {
		return switch (item.state()) {
			case NEW_CONTACT -> "New contact?";
			case RECORDED_CONTACT -> "Reports a recorded contact";
			case NOT_A_CONTACT -> "Not about a US–Russia contact";
			case FAILED -> "Failed";
		};
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
