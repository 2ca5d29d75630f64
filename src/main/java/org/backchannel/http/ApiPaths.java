package org.backchannel.http;

import java.util.List;

/**
 * The paths served to programs rather than browsers: the JSON API and the exports. They
 * share CORS, conditional GET and problem+json errors.
 */
public final class ApiPaths {

	public static final String CALENDAR = "/calendar.ics";

	public static final String FEED = "/feed.atom";

	/** Servlet URL patterns of the above, for filters. */
	public static final List<String> URL_PATTERNS = List.of("/api/*", CALENDAR, FEED);

	private ApiPaths() {
	}

	public static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.equals(CALENDAR) || path.equals(FEED);
	}

}
