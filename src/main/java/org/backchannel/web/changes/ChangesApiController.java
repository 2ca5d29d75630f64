package org.backchannel.web.changes;

import org.backchannel.web.api.ApiController;

import org.backchannel.web.api.InvalidParametersException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.history.Change;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.InputRules;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What changed since a moment, deletions included, so that a client keeping a copy can
 * catch up: the latest change of each public record, oldest first.
 */
@ApiController
@Tag(name = "Changes", description = "What changed since a moment, for clients that keep a copy")
class ChangesApiController {

	private final RevisionLog revisions;

	ChangesApiController(RevisionLog revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/api/changes")
	@Operation(summary = "Changes since a moment",
			description = "The latest change of each public event, actor, proposal and source, deletions included: "
					+ "UPDATED means fetch it again, REMOVED means drop it from your copy (deleted, or an event "
					+ "withdrawn to draft). At most limit changes per answer (" + RevisionLog.MAX_CHANGES
					+ " unless given). Start with "
					+ "since (an instant), then always ask again with cursor set to nextCursor: that never repeats a "
					+ "change and never skips one, and an empty answer means you are up to date (ask again later "
					+ "with the same cursor). Times are given to the millisecond.")
	Changes listChanges(
			@Parameter(
					description = "An ISO 8601 instant; only changes after it count. Needed unless "
							+ "cursor is given",
					example = "2025-03-15T00:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(
							required = false) String since,
			@Parameter(description = "Opaque: nextCursor of the previous answer; takes the place of since",
					example = "cjoxMjM") @RequestParam(required = false) String cursor,
			@Parameter(description = "At most this many changes per answer, 1 to " + RevisionLog.MAX_CHANGES,
					example = "100",
					schema = @Schema(type = "integer", minimum = "1", maximum = "" + RevisionLog.MAX_CHANGES,
							defaultValue = "" + RevisionLog.MAX_CHANGES)) @RequestParam(
									required = false) String limit) {
		int max = limit(limit);
		List<Change> changes;
		long last;
		Instant until;
		if (cursor != null && !cursor.isBlank()) {
			last = decode(cursor.strip());
			changes = this.revisions.changesAfter(last, max);
			until = null;
		}
		else {
			Instant from;
			try {
				from = Instant.parse((since != null) ? since.strip() : "");
			}
			catch (DateTimeParseException ex) {
				throw new InvalidParametersException(
						Map.of("since", "'since' is required (unless cursor is given): an ISO 8601 instant such as "
								+ "2025-03-15T00:00:00Z."));
			}
			if (!InputRules.storable(from)) {
				throw new InvalidParametersException(Map.of("since", "'since' must be in the years 1 to 9999."));
			}
			changes = this.revisions.changesSince(from, max);
			until = from.truncatedTo(ChronoUnit.MILLIS);
			last = 0;
		}
		if (!changes.isEmpty()) {
			until = changes.stream().map(Change::changedAt).max(Instant::compareTo).orElse(until);
			last = Math.max(last, changes.stream().mapToLong(Change::revision).max().orElse(last));
		}
		else if (cursor == null || cursor.isBlank()) {
			// Nothing since then: continue from the newest revision there is.
			last = this.revisions.latestRevisionId();
		}
		return new Changes(changes, until, changes.size() == max, encode(last));
	}

	private static int limit(String limit) {
		if (limit == null || limit.isBlank()) {
			return RevisionLog.MAX_CHANGES;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= RevisionLog.MAX_CHANGES) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidParametersException(
				Map.of("limit", "'limit' must be a whole number from 1 to " + RevisionLog.MAX_CHANGES + "."));
	}

	static String encode(long revision) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("r:" + revision).getBytes(StandardCharsets.UTF_8));
	}

	static long decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("r:")) {
				long revision = Long.parseLong(text.substring(2));
				if (revision >= 0) {
					return revision;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidParametersException(Map.of("cursor",
				"'cursor' is not one this API produced; start again from since, or from the nextCursor of an answer."));
	}

	/**
	 * @param until the time of the last change listed
	 * @param more whether more changes follow right away
	 * @param nextCursor pass as the next cursor
	 */
	@Schema(description = "A batch of changes, in the order they were made")
	record Changes(@Schema(description = "The latest change of each record, oldest first") List<Change> changes,
			@Schema(description = "The time of the last change listed (else since), to the millisecond; null when "
					+ "asked by cursor and nothing changed", example = "2025-03-15T12:00:00Z",
					types = {
							"string", "null" },
					format = "date-time") Instant until,
			@Schema(description = "Whether more changes follow: ask again with nextCursor at once") boolean more,
			@Schema(description = "Opaque: send it as cursor to get the changes after these; never null",
					example = "cjoxMjM") String nextCursor){
	}

}
