package org.backchannel.watch;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.backchannel.source.Voice;

/**
 * A watched source as the admin page and the poller see it, with its state.
 */
public record WatchedSource(long id, String name, String feedUrl, Voice voice, String language, int intervalMinutes,
		boolean enabled, @Nullable Instant nextPollAt, @Nullable Instant lastPolledAt, @Nullable Instant lastSuccessAt,
		@Nullable Instant lastErrorAt, @Nullable String lastError, @Nullable Instant failingSince,
		int consecutiveFailures, long itemsSeen, long itemsQueued, long version) {

	/** How long a source may fail before it is flagged. */
	public static final Duration FLAGGED_AFTER = Duration.ofDays(1);

	/** Failing for more than a day. */
	public boolean flagged() {
		return this.failingSince != null && this.failingSince.isBefore(Instant.now().minus(FLAGGED_AFTER));
	}

	/** Its form's fields. */
	public WatchedSourceData toData() {
		return new WatchedSourceData(this.name, this.feedUrl, this.voice, this.language, this.intervalMinutes,
				this.enabled);
	}

}
