package org.backchannel.watch;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads a feed's bytes (RSS 2.0 or Atom, in whatever encoding its XML declaration or
 * Content-Type names) into entries, and a linked page into its main text.
 */
final class FeedReader {

	private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

	private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|blockquote|tr)>");

	private FeedReader() {
	}

	/** One entry of a feed, its text as plain paragraphs. */
	record Entry(@Nullable String guid, @Nullable String link, String title, @Nullable Instant published, String text) {

		/** The unique key of the item within its source: its guid, else its address. */
		@Nullable String key() {
			if (this.guid != null && !this.guid.isBlank()) {
				return this.guid.strip();
			}
			return (this.link != null && !this.link.isBlank()) ? this.link.strip() : null;
		}

	}

	/** Thrown for bytes that are not a feed: the message says why. */
	static final class NotAFeed extends Exception {

		NotAFeed(String message) {
			super(message);
		}

	}

	static List<Entry> entries(byte[] bytes, @Nullable String contentType, int max) throws NotAFeed {
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), contentType, true));
		}
		catch (Exception ex) {
			String why = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			throw new NotAFeed("Not a readable RSS or Atom feed: " + why);
		}
		List<Entry> entries = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			if (entries.size() >= max) {
				break;
			}
			String html = content(entry);
			Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
			String title = (entry.getTitle() != null) ? text(entry.getTitle()) : "";
			entries.add(new Entry(entry.getUri(), entry.getLink(), title.isBlank() ? "(untitled)" : title,
					(date != null) ? date.toInstant() : null, text(html)));
		}
		return entries;
	}

	private static String content(SyndEntry entry) {
		StringBuilder html = new StringBuilder();
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null) {
				html.append(content.getValue()).append("\n");
			}
		}
		if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
			html.append(entry.getDescription().getValue());
		}
		return html.toString();
	}

	/** HTML (or plain text) as paragraphs of plain text. */
	static String text(String html) {
		String marked = BLOCK_END.matcher(html).replaceAll("$0\n\n");
		String whole = Jsoup.parseBodyFragment(marked).wholeText();
		StringBuilder out = new StringBuilder();
		for (String paragraph : whole.split("\\n\\s*\\n")) {
			String p = paragraph.replaceAll("\\s+", " ").strip();
			if (!p.isEmpty()) {
				out.append(out.isEmpty() ? "" : "\n\n").append(p);
			}
		}
		return out.toString();
	}

	/** A page's main text (readability), or its whole text when no article is found. */
	static String mainText(byte[] bytes, @Nullable String contentType, String url) {
		Charset charset = charset(contentType);
		Document document = Jsoup.parse(new String(bytes, (charset != null) ? charset : sniff(bytes)), url);
		Article article = new Readability4J(url, document).parse();
		String content = article.getContent();
		String text = (content != null) ? text(content) : "";
		return text.isBlank() ? text(document.body() != null ? document.body().html() : "") : text;
	}

	/** The charset a page's meta element names, else UTF-8. */
	private static Charset sniff(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
		Matcher m = CHARSET.matcher(head);
		if (m.find()) {
			try {
				return Charset.forName(m.group(1));
			}
			catch (RuntimeException ex) {
				// an unknown name: UTF-8
			}
		}
		return StandardCharsets.UTF_8;
	}

	private static @Nullable Charset charset(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		Matcher m = CHARSET.matcher(contentType);
		if (m.find()) {
			try {
				return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
			}
			catch (RuntimeException ex) {
				return null;
			}
		}
		return null;
	}

}
