package org.backchannel.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.history.Change;
import org.backchannel.history.RevisionLog;
import org.backchannel.model.InputCheck;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What changed since a moment, deletions included, so that a client keeping a copy can
 * catch up: the latest change of each public record, oldest first.
 */
@RestController
@Tag(name = "Changes", description = "What changed since a moment, for clients that keep a copy")
class ChangesApiController {

	private final RevisionLog revisions;

	ChangesApiController(RevisionLog revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/api/changes")
	@Operation(summary = "Changes since a moment",
			description = "The latest change of each public event, actor, proposal and source after since, oldest "
					+ "first, deletions included: UPDATED means fetch it again, REMOVED means drop it from your copy "
					+ "(deleted, or an event withdrawn to draft). At most " + RevisionLog.MAX_CHANGES
					+ " changes per answer: while more is true, ask again with since set to until.")
	Changes listChanges(@Parameter(description = "An ISO 8601 instant; only changes after it count", required = true,
			example = "2025-03-15T00:00:00Z",
			schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String since) {
		Instant from;
		try {
			from = Instant.parse((since != null) ? since.strip() : "");
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParametersException(
					Map.of("since", "'since' is required: an ISO 8601 instant such as 2025-03-15T00:00:00Z."));
		}
		if (!InputCheck.storable(from)) {
			throw new InvalidParametersException(Map.of("since", "'since' must be in the years 1 to 9999."));
		}
		List<Change> changes = this.revisions.changesSince(from);
		Instant until = changes.isEmpty() ? from : changes.get(changes.size() - 1).changedAt();
		return new Changes(changes, until, changes.size() == RevisionLog.MAX_CHANGES);
	}

	/**
	 * @param until pass as the next {@code since}
	 * @param more whether more changes follow (ask again from {@code until})
	 */
	@Schema(description = "A batch of changes, oldest first")
	record Changes(@Schema(description = "The latest change of each record, oldest first") List<Change> changes,
			@Schema(description = "The time of the last change listed (else since): pass it as the next since",
					example = "2025-03-15T12:00:00Z") Instant until,
			@Schema(description = "Whether more changes follow: ask again from until") boolean more) {
	}

}
