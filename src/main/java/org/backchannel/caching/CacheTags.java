package org.backchannel.caching;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a kept result depends on, in the words of the change log (migration V33): a write
 * to an event (its row, participants, proposals, sources, readouts, quotes or claims)
 * touches {@code event:<id>}, {@code actor:<slug>} of each actor in it before and after,
 * and {@code proposal:<slug>} of each of its proposals; a write to anything else the
 * pages show (actors, proposals, stances, sources) touches everything ({@code *}); a
 * write that changes a figure of the statistics touches {@link #COUNTS} (V37).
 * {@link #ALL} is a dependency on every write.
 * <p>
 * While a result is built, the tags of every kept result it reads and those its code
 * declares ({@link #dependOn}) are collected on the building thread: a response kept by
 * the response cache depends on the query results it was rendered from.
 */
public final class CacheTags {

	/** Depends on every write: kept only until the next one. */
	public static final String ALL = "all";

	/**
	 * The statistics' figures (migration V37): touched by a write that changes a count,
	 * not by a change of an event's text, sources or accounts.
	 */
	public static final String COUNTS = "counts";

	/** In the change log: the write touched everything. */
	static final String EVERYTHING = "*";

	private static final ThreadLocal<Deque<Set<String>>> BUILDING = ThreadLocal.withInitial(ArrayDeque::new);

	private CacheTags() {
	}

	public static String event(long id) {
		return "event:" + id;
	}

	public static String actor(String slug) {
		return "actor:" + slug;
	}

	public static String proposal(String slug) {
		return "proposal:" + slug;
	}

	/** The tags of a filter on these actors (or, without actors, on this proposal). */
	public static Set<String> ofFilter(List<String> actors, String proposal) {
		if (!actors.isEmpty()) {
			Set<String> tags = new HashSet<>();
			actors.forEach((slug) -> tags.add(actor(slug)));
			return tags;
		}
		return (proposal != null) ? Set.of(proposal(proposal)) : Set.of(ALL);
	}

	/**
	 * Declares that what is being built depends on these tags too (a handler's own reads
	 * that no cache holds); nothing when nothing is being built.
	 */
	public static void dependOn(String... tags) {
		Set<String> collecting = BUILDING.get().peek();
		if (collecting != null) {
			collecting.addAll(List.of(tags));
		}
	}

	/** Whether this thread is building a kept result (its reads must be fresh). */
	static boolean building() {
		return !BUILDING.get().isEmpty();
	}

	static void collect(Collection<String> tags) {
		Set<String> collecting = BUILDING.get().peek();
		if (collecting != null) {
			collecting.addAll(tags);
		}
	}

	/** Starts collecting for a build on this thread. */
	static void startBuilding() {
		BUILDING.get().push(new HashSet<>());
	}

	/** Ends the innermost build on this thread: the tags it collected. */
	static Set<String> endBuilding() {
		Deque<Set<String>> stack = BUILDING.get();
		Set<String> collected = stack.pop();
		if (stack.isEmpty()) {
			BUILDING.remove();
		}
		return collected;
	}

}
