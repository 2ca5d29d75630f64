package org.backchannel.history;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The latest change of one public record since a given time, for clients that keep a copy
 * in sync: REMOVED means it is gone from public view (deleted or withdrawn to draft) and
 * the copy should drop it.
 */
@Schema(description = "The latest change of one public record")
public record Change(@Schema(description = "The kind of record", allowableValues = {
		"event", "actor", "proposal", "source" }, example = "event") String type,
		@Schema(description = "The record's id", example = "1") long id,
		@Schema(description = "Its key in the API: the slug, or for a source its id",
				example = "2025-03-15-rubio-lavrov-phone-call") String key,
		@Schema(description = "UPDATED: fetch it again; REMOVED: drop it from your copy") Kind change,
		@Schema(description = "What the change did") ChangeAction action,
		@Schema(description = "When it changed, to the millisecond",
				example = "2025-03-15T12:00:00Z") Instant changedAt,
		@JsonIgnore @Schema(hidden = true) long revision){

	public enum Kind {

		UPDATED, REMOVED

	}

}
