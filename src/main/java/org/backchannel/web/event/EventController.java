package org.backchannel.web.event;

import org.backchannel.http.ExpensiveRead;
import org.backchannel.event.Channel;
import org.backchannel.event.Coverage;
import org.backchannel.event.CoverageService;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventCitation;
import org.backchannel.event.EventCursor;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventFilter;
import org.backchannel.event.EventPage;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventReadService.EventInContext;
import org.backchannel.event.EventSearchParams;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.MonthGroup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.backchannel.actor.ActorReadService;
import org.backchannel.model.Side;
import org.backchannel.proposal.ProposalReadService;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.PageText;
import org.backchannel.caching.CachedResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The timeline and the event pages.
 */
@PageController
class EventController {

	static final int PAGE_SIZE = 25;

	/** The embed's name, and the start of its frame's title. */
	static final String EMBED_TITLE = "Backchannel: timeline of contacts";

	/** The filter parameters the form shows an error slot for. */
	static final List<String> FILTER_FIELDS = List.of("q", "actor", "type", "channel", "contact_status", "initiator",
			"from", "to", "proposal", "direct", "sort", "confirmation");

	private final EventReadService events;

	private final ActorReadService actors;

	private final ProposalReadService proposals;

	private final CoverageService coverage;

	private final FilterDescription description;

	EventController(EventReadService events, ActorReadService actors, ProposalReadService proposals,
			CoverageService coverage, FilterDescription description) {
		this.description = description;
		this.events = events;
		this.actors = actors;
		this.proposals = proposals;
		this.coverage = coverage;
	}

	/**
	 * The timeline. An htmx request (the filter form with JavaScript on) gets only the
	 * results fragment; a history-restore request and every other one the whole page.
	 */
	@CachedResponse
	@ExpensiveRead(ExpensiveRead.When.SEARCH_OR_SEVERAL_ACTORS)
	@GetMapping("/")
	String showTimeline(@ModelAttribute("search") EventSearchParams search,
			@RequestParam(name = "cursor", required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (htmx == null && hasBlankParameter(request)) {
			// The plain form sends every field, blank or not: answer with the same view
			// at its
			// short address, so that what a reader copies and shares is clean.
			MultiValueMap<String, String> clean = currentQuery(request);
			return "redirect:" + link(clean, "cursor", clean.getFirst("cursor"));
		}
		EventSearchParams.Parsed parsed = search.parse();
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		EventCursor after = null;
		if (cursor != null && !cursor.isBlank()) {
			try {
				after = EventCursor.decode(cursor.strip());
			}
			catch (EventCursor.InvalidCursorException ex) {
				errors.put("cursor", ex.getMessage());
			}
		}
		EventFilter filter = parsed.filter();
		EventPage page = this.events.findEvents(filter, after, PAGE_SIZE);
		MultiValueMap<String, String> query = currentQuery(request);
		model.addAttribute("page", page);
		model.addAttribute("groups", MonthGroup.of(page.items()));
		model.addAttribute("errors", errors);
		model.addAttribute("filterFields", FILTER_FIELDS);
		model.addAttribute("filtered", !filter.isEmpty() || !errors.isEmpty());
		model.addAttribute("activeFilters", search.activeFilterCount());
		model.addAttribute("oldestFirst", filter.oldestFirst());
		model.addAttribute("firstPage", after == null);
		model.addAttribute("nextUrl", (page.nextCursor() != null) ? link(query, "cursor", page.nextCursor()) : null);
		model.addAttribute("firstPageUrl", link(query, "cursor", null));
		model.addAttribute("embedCode",
				EmbedController.iframe(absolute(request, link("/embed", withoutCursor(query), "cursor", null)),
						this.description.title(EMBED_TITLE, filter), EmbedController.WIDTH, EmbedController.HEIGHT));
		String exportQuery = link("", withoutCursor(query), "cursor", null);
		model.addAttribute("exportQuery", exportQuery);
		model.addAttribute("apiUrl", absolute(request, "/api/events" + exportQuery));
		model.addAttribute("sortUrl", link(withoutCursor(query), "sort",
				filter.oldestFirst() ? EventSearchParams.NEWEST_FIRST : EventSearchParams.OLDEST_FIRST));
		response.addHeader("Vary", "HX-Request, HX-History-Restore-Request");
		if (htmx != null && historyRestore == null) {
			model.addAttribute("partial", true);
			return "events/timeline :: results";
		}
		model.addAttribute("activeNav", "timeline");
		model.addAttribute("coverage", this.coverage.coverage());
		model.addAttribute("pageTitleKey", "timeline.title");
		model.addAttribute("oembedUrl", oembedUrl(request, link(withoutCursor(query), "cursor", null)));
		model.addAttribute("pageDescriptionKey", "timeline.intro");
		model.addAttribute("actorOptions", this.actors.findFilterOptions(filter.actors()));
		model.addAttribute("proposalOptions", this.proposals.findProposalRefs());
		model.addAttribute("maxQueryLength", EventSearchParams.MAX_QUERY_LENGTH);
		model.addAttribute("typeOptions", EventType.values());
		model.addAttribute("channelOptions", Channel.values());
		model.addAttribute("statusOptions", ContactStatus.values());
		model.addAttribute("initiatorOptions", Initiator.values());
		return "events/timeline";
	}

	@CachedResponse(tagged = true)
	@GetMapping("/events/{slug}")
	String showEvent(@PathVariable String slug, HttpServletRequest request, Model model) {
		EventInContext shown = this.events.findEventInContext(slug)
			.orElseThrow(() -> new NotFoundException("event", slug));
		EventDetail event = shown.event();
		model.addAttribute("event", event);
		model.addAttribute("stances", shown.stances());
		model.addAttribute("readoutSides", List.of(Side.US, Side.RUSSIA));
		// Dates read in English, like PartialDate.text() and the messages.
		model.addAttribute("dateLocale", Locale.ENGLISH);
		model.addAttribute("neighbours", shown.neighbours());
		model.addAttribute("activeNav", "timeline");
		model.addAttribute("jsonLd", EventJsonLd.of(event));
		model.addAttribute("pageTitle", event.title() + ", " + event.date().text());
		model.addAttribute("pageDescription", PageText.description(event.summary()));
		model.addAttribute("pageType", "article");
		model.addAttribute("citation", citation(event, request));
		model.addAttribute("compiledDate", Coverage.isCompiledDate(event.updatedAt()));
		return "events/eventDetails";
	}

	/** The event record as BibTeX, for reference managers. */
	@CachedResponse(tagged = true)
	@GetMapping(path = "/events/{slug}/cite.bib", produces = "application/x-bibtex;charset=UTF-8")
	ResponseEntity<String> citeAsBibtex(@PathVariable String slug, HttpServletRequest request) {
		EventCitation citation = citation(findEvent(slug), request);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".bib\"")
			.contentType(MediaType.parseMediaType("application/x-bibtex;charset=UTF-8"))
			.body(citation.bibtex());
	}

	/** The event record as CSL-JSON (Zotero, Mendeley, citeproc). */
	@CachedResponse(tagged = true)
	@GetMapping(path = "/events/{slug}/cite.json", produces = "application/vnd.citationstyles.csl+json")
	ResponseEntity<String> citeAsCslJson(@PathVariable String slug, HttpServletRequest request) {
		EventCitation citation = citation(findEvent(slug), request);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".json\"")
			.contentType(MediaType.parseMediaType("application/vnd.citationstyles.csl+json"))
			.body(citation.cslJson());
	}

	private EventDetail findEvent(String slug) {
		return this.events.findEvent(slug).orElseThrow(() -> new NotFoundException("event", slug));
	}

	private static EventCitation citation(EventDetail event, HttpServletRequest request) {
		return EventCitation.of(event, absolute(request, ""), LocalDate.now(ZoneOffset.UTC));
	}

	/**
	 * A timeline view (its filters, first page) as a compact page for an iframe in
	 * another site; the only page that may be framed (see SecurityConfiguration).
	 */
	@ExpensiveRead(ExpensiveRead.When.SEARCH_OR_SEVERAL_ACTORS)
	@GetMapping("/embed")
	String showEmbed(@ModelAttribute("search") EventSearchParams search, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		MultiValueMap<String, String> query = currentQuery(request);
		query.remove("cursor");
		if (hasBlankParameter(request) || request.getParameter("cursor") != null) {
			return "redirect:" + link("/embed", query, "cursor", null);
		}
		EventSearchParams.Parsed parsed = search.parse();
		EventPage page = parsed.errors().isEmpty() ? this.events.findEvents(parsed.filter(), null, PAGE_SIZE)
				: new EventPage(List.of(), null, 0);
		if (!parsed.errors().isEmpty()) {
			// a filter that is not valid is said, never silently dropped (which would
			// show every event under the heading of a filtered view)
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("page", page);
		model.addAttribute("groups", MonthGroup.of(page.items()));
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("timelineUrl", absolute(request, link("/", query, "cursor", null)));
		model.addAttribute("siteUrl", absolute(request, ""));
		model.addAttribute("embedHeading", this.description.title(EMBED_TITLE, parsed.filter()));
		model.addAttribute("oembedUrl", oembedUrl(request, link("/", query, "cursor", null)));
		model.addAttribute("pageTitleKey", "embed.title");
		model.addAttribute("pageDescriptionKey", "timeline.intro");
		return "events/embed";
	}

	/** The address of this site's page at a path ("/?type=PHONE_CALL"), absolute. */
	static String absolute(HttpServletRequest request, String path) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + path;
	}

	/** The oEmbed discovery address for a timeline view of this site. */
	static String oembedUrl(HttpServletRequest request, String timelinePath) {
		return absolute(request, "/oembed?url="
				+ URLEncoder.encode(absolute(request, timelinePath), StandardCharsets.UTF_8) + "&format=json");
	}

	/** Whether any query parameter is present but blank ("?q=&type=PHONE_CALL"). */
	static boolean hasBlankParameter(HttpServletRequest request) {
		return request.getParameterMap()
			.values()
			.stream()
			.flatMap(Arrays::stream)
			.anyMatch((value) -> value == null || value.isBlank());
	}

	/** The request's parameters (decoded), blank ones left out. */
	private static MultiValueMap<String, String> currentQuery(HttpServletRequest request) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		request.getParameterMap()
			.forEach((name, values) -> Arrays.stream(values)
				.filter((value) -> value != null && !value.isBlank())
				.forEach((value) -> query.add(name, value)));
		return query;
	}

	private static MultiValueMap<String, String> withoutCursor(MultiValueMap<String, String> query) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(query);
		copy.remove("cursor");
		return copy;
	}

	/**
	 * A timeline link with one parameter replaced (or removed, for a null value), encoded
	 * as a form would encode it (so a "+" in a search stays a plus).
	 */
	private static String link(MultiValueMap<String, String> query, String name, String value) {
		return link("/", query, name, value);
	}

	static String link(String path, MultiValueMap<String, String> query, String name, String value) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>(query);
		params.remove(name);
		if (value != null) {
			params.add(name, value);
		}
		StringJoiner joined = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		params
			.forEach((key, values) -> values.forEach((each) -> joined.add(URLEncoder.encode(key, StandardCharsets.UTF_8)
					+ "=" + URLEncoder.encode(each, StandardCharsets.UTF_8))));
		return joined.toString();
	}

}
