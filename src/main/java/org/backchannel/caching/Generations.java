package org.backchannel.caching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each write changed, as this instance has learnt it from the change log (migration
 * V33: every move of the {@link DataVersion} is a row of {@code cache_change} naming the
 * {@link CacheTags} it touched, {@code *} for everything). A kept result read at version
 * {@code b} with tags {@code T} is fresh while no change after {@code b} touched one of
 * {@code T} ({@link #needed}).
 * <p>
 * Whatever is not known is taken as a change of everything: a version reached without its
 * change rows (the first one this instance reads, rows already deleted, a version moved
 * by hand), or too many tags to keep. So an entry is never taken for fresh by mistake,
 * only rebuilt sometimes when it need not have been.
 */
final class Generations {

	/** Beyond this many tags remembered, they are forgotten as a change of everything. */
	static final int MAX_TAGS = 100_000;

	/** The newest version whose changes are applied. */
	private volatile long seen = Long.MIN_VALUE;

	/** The newest change of everything ({@code *}, or unknown). */
	private volatile long everything = Long.MIN_VALUE;

	/** The newest change of anything (what {@link CacheTags#ALL} depends on). */
	private volatile long any = Long.MIN_VALUE;

	private final Map<String, Long> tags = new ConcurrentHashMap<>();

	long seen() {
		return this.seen;
	}

	/**
	 * The changes read with a version: every change row after {@code from} up to and
	 * including {@code to}; {@code from} is {@link Long#MIN_VALUE} when nothing was seen
	 * before.
	 */
	synchronized void apply(long from, long to, List<Change> changes) {
		if (to <= this.seen) {
			return;
		}
		if (from == Long.MIN_VALUE || changes.size() != to - from) {
			this.everything = Math.max(this.everything, to);
		}
		for (Change change : changes) {
			for (String tag : change.tags()) {
				if (CacheTags.EVERYTHING.equals(tag)) {
					this.everything = Math.max(this.everything, change.version());
				}
				else {
					this.tags.merge(tag, change.version(), Math::max);
				}
			}
		}
		this.any = Math.max(this.any, to);
		if (this.tags.size() > MAX_TAGS) {
			this.everything = Math.max(this.everything, to);
			this.tags.clear();
		}
		this.seen = to;
	}

	/**
	 * A version reached with no change log (a cache used on its own, a test): every move
	 * is a change of everything.
	 */
	void observe(long version) {
		if (version > this.seen) {
			synchronized (this) {
				if (version > this.seen) {
					this.everything = Math.max(this.everything, version);
					this.any = Math.max(this.any, version);
					this.seen = version;
				}
			}
		}
	}

	/**
	 * The version an entry with these tags must have been read at to be fresh: the newest
	 * change that touched one of them.
	 */
	long needed(Collection<String> entryTags) {
		long needed = this.everything;
		for (String tag : entryTags) {
			if (CacheTags.ALL.equals(tag)) {
				needed = Math.max(needed, this.any);
			}
			else {
				Long changed = this.tags.get(tag);
				if (changed != null) {
					needed = Math.max(needed, changed);
				}
			}
		}
		return needed;
	}

	/** One move of the data version and the tags it touched. */
	record Change(long version, List<String> tags) {
	}

}
