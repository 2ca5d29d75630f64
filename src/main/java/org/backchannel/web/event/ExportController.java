package org.backchannel.web.event;

import org.backchannel.http.ExpensiveRead;
import org.backchannel.web.api.ApiController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.web.api.InvalidParametersException;
import org.backchannel.event.CoverageService;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventFilter;
import org.backchannel.event.EventReadService;
import org.backchannel.http.SiteProperties;
import org.backchannel.event.EventSearchParams;
import org.backchannel.event.EventType;
import org.backchannel.caching.CachedResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Exports and subscriptions: CSV for spreadsheets, iCalendar for calendar apps, Atom for
 * feed readers. Each takes the same filters as the timeline and the API.
 */
@ApiController
@Tag(name = "Exports", description = "CSV, iCalendar and Atom; each honours the event filters")
class ExportController {

	static final String TEXT_CSV = "text/csv";

	static final String CSV_TYPE = "text/csv;charset=UTF-8;header=present";

	static final String CALENDAR_TYPE = "text/calendar;charset=UTF-8";

	static final String ATOM_TYPE = "application/atom+xml;charset=UTF-8";

	/** Upper bound of one export, so a request's memory stays bounded. */
	static final int MAX_EXPORT = 5000;

	/**
	 * How many contacts a calendar carries at most: the most recent ones; it says so, and
	 * where the rest are, when there are more.
	 */
	static final int CALENDAR_SIZE = 100;

	/** How many of the latest changes the feed carries. */
	static final int FEED_SIZE = 50;

	/** What a calendar shows when no type is asked for: the contacts, not the context. */
	static final List<EventType> CONTACT_TYPES = List.of(EventType.PHONE_CALL, EventType.MEETING, EventType.SUMMIT,
			EventType.NEGOTIATION_ROUND, EventType.MESSAGE);

	private final EventReadService events;

	private final SiteProperties site;

	private final FilterDescription description;

	private final CoverageService coverage;

	ExportController(EventReadService events, SiteProperties site, FilterDescription description,
			CoverageService coverage) {
		this.events = events;
		this.site = site;
		this.description = description;
		this.coverage = coverage;
	}

	@CachedResponse
	@ExpensiveRead
	@GetMapping(path = "/api/events.csv", produces = TEXT_CSV)
	@Operation(operationId = "exportEventsCsv", summary = "Events as CSV", description = "All matching events (up to "
			+ MAX_EXPORT + "), one row per event, RFC 4180, UTF-8 "
			+ "with a byte-order mark so spreadsheets read it right. Columns, in this fixed order: id, "
			+ "slug, date, date_precision, type, title, place, country, initiator, participants "
			+ "(\"Name (SIDE, ROLE)\" joined by \"; \"), proposals, source_count, updated_at, url, channel, contact_status, cameo_code, summary, sources (\"Outlet: title (date) address\" joined by \"; \"). Cells "
			+ "that a spreadsheet would run as a formula are prefixed with '. Also served by /api/events "
			+ "with Accept: text/csv.",
			responses = @ApiResponse(responseCode = "200", description = "The CSV file",
					content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> csv(@Parameter(hidden = true) @ModelAttribute EventSearchParams params,
			@Parameter(description = "At most this many rows, the most recent first; 1 to " + MAX_EXPORT,
					schema = @Schema(type = "integer", minimum = "1", maximum = "" + MAX_EXPORT,
							defaultValue = "" + MAX_EXPORT)) @RequestParam(name = "limit",
									required = false) String limit) {
		EventFilter filter = InvalidParametersException.filterOf(params);
		String csv = EventCsv.writeDetails(this.events.findDetails(filter, rows(limit)), baseUrl());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CSV_TYPE))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("backchannel-events.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The same CSV for {@code Accept: text/csv} on /api/events, documented there as the
	 * operation's text/csv answer: one operation per method and path.
	 */
	@CachedResponse
	@ExpensiveRead
	@GetMapping(path = "/api/events", produces = TEXT_CSV)
	@Operation(hidden = true)
	ResponseEntity<byte[]> csvByAccept(@ModelAttribute EventSearchParams params,
			@RequestParam(name = "limit", required = false) String limit) {
		return csv(params, limit);
	}

	/**
	 * The rows a CSV export asks for: all (up to the bound) unless {@code limit} says.
	 */
	private static int rows(String limit) {
		if (limit == null) {
			return MAX_EXPORT;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= MAX_EXPORT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidParametersException(
				Map.of("limit", "'limit' must be a whole number from 1 to " + MAX_EXPORT + " (the most rows)."));
	}

	@ExpensiveRead
	@GetMapping(path = "/calendar.ics", produces = "text/calendar")
	@Operation(summary = "Contacts as a calendar",
			description = "An RFC 5545 calendar to subscribe to: one all-day VEVENT per contact with a stable "
					+ "UID (<slug>@backchannel), location, the readout summaries and a link back. Without a type "
					+ "filter it holds the contacts (PHONE_CALL, MEETING, SUMMIT, NEGOTIATION_ROUND, MESSAGE); a planned or postponed contact is TENTATIVE "
					+ "and a cancelled one CANCELLED, never shown as held. Events known "
					+ "only to the month or year are left out rather than shown on a false day. At most the "
					+ CALENDAR_SIZE + " most recent matching contacts: a calendar with more matches says so in "
					+ "its DESCRIPTION and X-WR-CALDESC, with a link to the CSV export of all of them.",
			responses = @ApiResponse(responseCode = "200", description = "The calendar",
					content = @Content(mediaType = "text/calendar",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> calendar(@Parameter(hidden = true) @ModelAttribute EventSearchParams params) {
		EventFilter asked = InvalidParametersException.filterOf(params);
		EventFilter filter = asked.types().isEmpty() ? asked.withTypes(CONTACT_TYPES) : asked;
		List<EventDetail> contacts = this.events.findDetails(filter, CALENDAR_SIZE + 1);
		String bound = null;
		if (contacts.size() > CALENDAR_SIZE) {
			contacts = contacts.subList(0, CALENDAR_SIZE);
			String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
			bound = "The " + CALENDAR_SIZE + " most recent matching contacts; every one, older ones included, is in "
					+ baseUrl() + "/api/events.csv" + ((query != null) ? "?" + query : "") + " and the API.";
		}
		String calendar = EventCalendar.write(contacts, baseUrl(), this.description.title(EventCalendar.NAME, asked),
				bound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CALENDAR_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("backchannel.ics").build().toString())
			.body(calendar.getBytes(StandardCharsets.UTF_8));
	}

	@ExpensiveRead
	@GetMapping(path = "/feed.atom", produces = "application/atom+xml")
	@Operation(summary = "Newest events and changes as an Atom feed",
			description = "An RFC 4287 feed of the " + FEED_SIZE + " most recently created or changed events "
					+ "matching the filters, latest change first.",
			responses = @ApiResponse(responseCode = "200", description = "The feed",
					content = @Content(mediaType = "application/atom+xml",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> feed(@Parameter(hidden = true) @ModelAttribute EventSearchParams params) {
		EventFilter filter = InvalidParametersException.filterOf(params);
		UriComponents request = ServletUriComponentsBuilder.fromCurrentRequest().build();
		String self = request.toUriString();
		// The feed's id never depends on the host that serves it (RFC 4287 4.2.6): the
		// canonical address if one is configured, else a tag URI; the filters are part of
		// it.
		String query = (request.getQuery() != null) ? "?" + request.getQuery() : "";
		String id = (this.site.base() != null) ? this.site.base() + "/feed.atom" + query
				: EventFeed.TAG + "feed" + query;
		String feed = EventFeed.write(this.events.findLatestChanges(filter, FEED_SIZE), baseUrl(), self, id,
				this.description.title(EventFeed.TITLE, filter), this.coverage.coverage().statement());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ATOM_TYPE))
			.body(feed.getBytes(StandardCharsets.UTF_8));
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
