package org.backchannel.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.backchannel.model.Side;
import org.backchannel.source.Voice;

/**
 * One item of the review queue with its provenance: where it came from (the watched
 * source, its address and the feed's guid), when it was published and fetched, a SHA-256
 * of its text, its revision (an item edited after it was first read is flagged), what the
 * assistant made of it and what an editor did.
 */
@Schema(name = "QueueItem", description = "An item a watched source brought, with its provenance and state")
public record QueueItem(long id, @Schema(description = "The watched source's id") long watchedSource,
		@Schema(description = "The watched source's name") String sourceName, Voice voice, String language,
		@Schema(description = "The feed's id of the item") @Nullable String guid,
		@Schema(description = "The item's address") @Nullable String url, String title,
		@Schema(description = "When the feed says it was published") @Nullable Instant published,
		@Schema(description = "When it was (last) fetched") Instant fetched,
		@Schema(description = "Its text as read (the feed's, or the linked page's main text)") @Nullable String text,
		@Schema(description = "SHA-256 of the text, hex") String textHash,
		@Schema(description = "1, or more when the item was edited after it was first read") int revision,
		@Schema(description = "Edited after it was first read") boolean edited, ItemState state,
		@Schema(description = "Why this state") String reason,
		@Schema(description = "The slug of the recorded event it reports") @Nullable String matchedEvent,
		@Schema(description = "What an editor did; null while it waits") @Nullable Decision decision,
		@Nullable String decisionReason, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Schema(description = "The event it was attached to") @Nullable String attachedEvent,
		@Schema(description = "The side whose readout it was attached as (US or RUSSIA); null when attached as a source") @Nullable Side attachedSide,
		@Schema(description = "Whether attaching it changed the event (false when the event held it already); an undo takes off only such a change") boolean attachChanged,
		@Schema(description = "The source it became (readable at /sources/{id})") @Nullable Long recordSource,
		@Schema(description = "The assistant's evidence: the sentences its fields come from, as offsets into text (UTF-16 code units, end exclusive)") List<Span> evidence) {

	/** A stretch of the text: offsets, end exclusive. */
	@Schema(name = "QueueEvidence")
	public record Span(int start, int end) {

	}

	static final String SELECT = """
			select i.id, i.watched_source_id, w.name, w.voice, w.language, i.guid, i.url, i.title, i.published_at,
			       i.fetched_at, i.text, i.text_hash, i.revision, i.edited, i.state, i.reason, i.matched_event,
			       i.decision, i.decision_reason, i.decided_by, i.decided_at, i.attached_event, i.attached_side,
			       i.attach_changed, i.source_id, i.evidence
			from feed_item i join watched_source w on w.id = i.watched_source_id
			""";

	@Schema(hidden = true)
	public boolean waiting() {
		return this.decision == null;
	}

	static List<Span> spans(String evidence) {
		List<Span> spans = new ArrayList<>();
		if (evidence != null && !evidence.isEmpty()) {
			for (String pair : evidence.split(",")) {
				int dash = pair.indexOf('-');
				spans.add(new Span(Integer.parseInt(pair.substring(0, dash)),
						Integer.parseInt(pair.substring(dash + 1))));
			}
		}
		return List.copyOf(spans);
	}

	static QueueItem row(ResultSet rs, int n) throws SQLException {
		String decision = rs.getString("decision");
		String side = rs.getString("attached_side");
		Long source = rs.getObject("source_id", Long.class);
		return new QueueItem(rs.getLong("id"), rs.getLong("watched_source_id"), rs.getString("name"),
				Voice.valueOf(rs.getString("voice")), rs.getString("language"), rs.getString("guid"),
				rs.getString("url"), rs.getString("title"), WatchedSourceService.instant(rs, "published_at"),
				WatchedSourceService.instant(rs, "fetched_at"), rs.getString("text"), rs.getString("text_hash"),
				rs.getInt("revision"), rs.getBoolean("edited"), ItemState.valueOf(rs.getString("state")),
				rs.getString("reason"), rs.getString("matched_event"),
				(decision != null) ? Decision.valueOf(decision) : null, rs.getString("decision_reason"),
				rs.getString("decided_by"), WatchedSourceService.instant(rs, "decided_at"),
				rs.getString("attached_event"), (side != null) ? Side.valueOf(side) : null,
				rs.getBoolean("attach_changed"), source, spans(rs.getString("evidence")));
	}

}
