package org.backchannel.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.backchannel.history.Change;
import org.backchannel.history.RevisionLog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What changed since a moment, deletions included, so that a client keeping a copy can
 * catch up: the latest change of each public record, oldest first.
 */
@RestController
class ChangesApiController {

	private final RevisionLog revisions;

	ChangesApiController(RevisionLog revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/api/changes")
	Changes listChanges(@RequestParam(required = false) String since) {
		Instant from;
		try {
			from = Instant.parse((since != null) ? since.strip() : "");
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParametersException(
					Map.of("since", "'since' is required: an ISO 8601 instant such as 2025-03-15T00:00:00Z."));
		}
		List<Change> changes = this.revisions.changesSince(from);
		Instant until = changes.isEmpty() ? from : changes.get(changes.size() - 1).changedAt();
		return new Changes(changes, until, changes.size() == RevisionLog.MAX_CHANGES);
	}

	/**
	 * @param until pass as the next {@code since}
	 * @param more whether more changes follow (ask again from {@code until})
	 */
	record Changes(List<Change> changes, Instant until, boolean more) {
	}

}
