package org.backchannel.web.event;

import org.backchannel.http.ExpensiveRead;
import org.backchannel.web.api.ApiController;

import org.backchannel.http.RecordTags;
import org.backchannel.web.api.InvalidParametersException;
import org.backchannel.web.api.SignInRequiredException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.event.EventCursor;
import org.backchannel.event.EventDetail;
import org.backchannel.event.EventPage;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventPreview;
import org.backchannel.event.EventSearchParams;
import org.backchannel.event.EventStatus;
import org.backchannel.model.NotFoundException;
import org.backchannel.caching.CachedResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Events as JSON, filtered exactly like the timeline.
 */
@ApiController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "Diplomatic contacts and the events around them")
public class EventApiController {

	static final int DEFAULT_LIMIT = 20;

	private final EventReadService events;

	private final RecordTags tags;

	EventApiController(EventReadService events, RecordTags tags) {
		this.events = events;
		this.tags = tags;
	}

	@CachedResponse
	@ExpensiveRead(ExpensiveRead.When.SEARCH_OR_SEVERAL_ACTORS)
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List events",
			description = "Published events matching every given filter, newest first unless sort=date_asc. "
					+ "Paged by an opaque cursor: follow nextCursor (or the Link rel=\"next\" header) until it is "
					+ "null; each page costs the same however deep. With updated_since, only events created or "
					+ "changed after that instant: the way to sync incrementally (ids and slugs never change). "
					+ "Send Accept: text/csv for the CSV export of all matching events (as /api/events.csv). "
					+ "status=draft lists the drafts, for signed-in editors.")
	@ApiResponse(responseCode = "200", description = "One page of events, or with Accept: text/csv all of them as CSV",
			headers = @Header(name = "Link",
					description = "The next page: <url>; rel=\"next\" (absent on the last page)",
					schema = @Schema(type = "string")),
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = EventPage.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "401", description = "status=draft without valid credentials")
	@ApiResponse(responseCode = "403", description = "status=draft signed in without the EDITOR role")
	ResponseEntity<EventPage> listEvents(@Parameter(hidden = true) @ModelAttribute EventSearchParams params,
			@Parameter(description = "Page size, 1 to " + EventReadService.MAX_LIMIT,
					schema = @Schema(type = "integer", minimum = "1", maximum = "" + EventReadService.MAX_LIMIT,
							defaultValue = "" + DEFAULT_LIMIT)) @RequestParam(name = "limit",
									required = false) String limit,
			@Parameter(description = "Opaque cursor from a previous page's nextCursor; omit for the first page",
					example = "djE6MjAyNS0wNy0xMDo5") @RequestParam(name = "cursor", required = false) String cursor,
			@Parameter(
					description = "published (the default) or draft: the drafts awaiting publication, newest "
							+ "first, for signed-in editors only (HTTP Basic); no other filter applies to drafts",
					schema = @Schema(type = "string", allowableValues = { "published", "draft" },
							defaultValue = "published")) @RequestParam(name = "status", required = false) String status,
			@Parameter(hidden = true) Authentication user) {
		EventSearchParams.Parsed parsed = params.parse();
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		int pageSize = parseLimit(limit, errors);
		boolean drafts = false;
		if (status != null && !status.isBlank()) {
			drafts = status.strip().equalsIgnoreCase("draft");
			if (!drafts && !status.strip().equalsIgnoreCase("published")) {
				errors.put("status", "'status' must be published or draft.");
			}
			else if (drafts && !parsed.filter().isEmpty()) {
				errors.put("status", "'status=draft' lists every draft: leave out the other filters.");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		if (drafts && !isEditor(user)) {
			throw new SignInRequiredException(user != null);
		}
		EventCursor after = (cursor != null && !cursor.isBlank()) ? EventCursor.decode(cursor.strip()) : null;
		EventPage page = drafts ? this.events.findDrafts(after, pageSize)
				: this.events.findEvents(parsed.filter(), after, pageSize);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (page.nextCursor() != null) {
			// The request's own query with only the cursor replaced keeps every filter.
			String next = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("cursor", page.nextCursor())
				.build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(page);
	}

	@CachedResponse(tagged = true)
	@GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One event",
			description = "Everything recorded about a published event: participants with their titles on the "
					+ "day, each side's readouts, quotes, claims, proposals and sources.")
	ResponseEntity<EventDetail> showEvent(@Parameter(description = "The event's slug",
			example = "2025-03-15-rubio-lavrov-phone-call") @PathVariable String slug, Authentication user) {
		EventDetail event = this.events.findEvent(slug)
			.or(() -> isEditor(user) ? findDraft(this.events, slug) : Optional.empty())
			.orElseThrow(() -> new NotFoundException("event", slug));
		return ResponseEntity.ok().eTag(tag(this.tags, event)).body(event);
	}

	/** A draft (or a published event), never a deleted one, as its editors read it. */
	static Optional<EventDetail> findDraft(EventReadService events, String slug) {
		return events.findPreview(slug)
			.filter((preview) -> preview.status() != EventStatus.DELETED)
			.map(EventPreview::event);
	}

	static String tag(RecordTags tags, EventDetail event) {
		return tags.of("event", event.version(), event);
	}

	static boolean isEditor(Authentication user) {
		return user != null && user.isAuthenticated()
				&& user.getAuthorities()
					.stream()
					.anyMatch((authority) -> "ROLE_EDITOR".equals(authority.getAuthority())
							|| "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	static int parseLimit(String limit, Map<String, String> errors) {
		if (limit == null || limit.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= EventReadService.MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put("limit",
				"'limit' must be a whole number from 1 to " + EventReadService.MAX_LIMIT + " (the maximum page size).");
		return DEFAULT_LIMIT;
	}

}
