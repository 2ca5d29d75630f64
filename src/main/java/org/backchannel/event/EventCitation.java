package org.backchannel.event;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How to cite an event record of Backchannel: its title and date, the site as author and
 * publisher, the day the record was last updated, its permanent address and the day it
 * was read, in APA (7th), Chicago (notes and bibliography, 17th) and MLA (9th) styles, as
 * BibTeX and as CSL-JSON.
 *
 * @param title the record's title ("Rubio–Lavrov phone call, 15 March 2025")
 * @param url the permanent address of the event page
 * @param updated the day the record last changed (UTC)
 * @param accessed the day it is read
 */
public record EventCitation(String key, String title, String url, LocalDate updated, LocalDate accessed) {

	static final String PUBLISHER = "Backchannel";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private static final String[] MLA_MONTHS = { "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
			"Oct.", "Nov.", "Dec." };

	public static EventCitation of(EventDetail event, String baseUrl, LocalDate accessed) {
		return new EventCitation("backchannel-" + event.slug(), event.title() + ", " + event.date().text(),
				baseUrl + "/events/" + event.slug(), LocalDate.ofInstant(event.updatedAt(), ZoneOffset.UTC), accessed);
	}

	/** The day the record was last updated, ISO 8601 (for the citation_date tags). */
	public String updatedDate() {
		return this.updated.toString();
	}

	/**
	 * A formatted reference: the part before the italic title, the title, and the rest.
	 */
	public record Styled(String before, String italic, String after) {

		public String text() {
			return this.before + this.italic + this.after;
		}

	}

	public Styled apa() {
		return new Styled(
				PUBLISHER + ". (" + this.updated.getYear() + ", "
						+ this.updated.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)) + "). ",
				this.title, ". Retrieved " + this.accessed.format(US_DATE) + ", from " + this.url);
	}

	public Styled chicago() {
		return new Styled(PUBLISHER + ". \u201C" + this.title + ".\u201D ", "", "Last modified "
				+ this.updated.format(US_DATE) + ". Accessed " + this.accessed.format(US_DATE) + ". " + this.url + ".");
	}

	public Styled mla() {
		return new Styled("\u201C" + this.title + ".\u201D ", PUBLISHER,
				", " + mlaDate(this.updated) + ", " + this.url + ". Accessed " + mlaDate(this.accessed) + ".");
	}

	private static String mlaDate(LocalDate date) {
		return date.getDayOfMonth() + " " + MLA_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
	}

	public String bibtex() {
		return "@misc{" + this.key + ",\n" + "  author = {{" + PUBLISHER + "}},\n" + "  title = {{"
				+ bibtexEscape(this.title) + "}},\n" + "  publisher = {" + PUBLISHER + "},\n" + "  year = {"
				+ this.updated.getYear() + "},\n" + "  date = {" + this.updated + "},\n" + "  url = {" + this.url
				+ "},\n" + "  urldate = {" + this.accessed + "},\n" + "  note = {Event record, last updated "
				+ this.updated + "}\n" + "}\n";
	}

	private static String bibtexEscape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '%', '&', '#', '_', '$' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	public String cslJson() {
		ArrayNode items = json.createArrayNode();
		ObjectNode item = items.addObject();
		item.put("id", this.key);
		item.put("type", "webpage");
		item.put("title", this.title);
		item.putArray("author").addObject().put("literal", PUBLISHER);
		item.put("container-title", PUBLISHER);
		item.put("publisher", PUBLISHER);
		item.put("genre", "Event record");
		item.put("URL", this.url);
		dateParts(item.putObject("issued"), this.updated);
		dateParts(item.putObject("accessed"), this.accessed);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(items) + "\n";
	}

	private static void dateParts(ObjectNode node, LocalDate date) {
		node.putArray("date-parts").addArray().add(date.getYear()).add(date.getMonthValue()).add(date.getDayOfMonth());
	}

}
