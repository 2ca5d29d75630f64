package org.backchannel.api;

import java.util.List;

/**
 * The paths served to programs rather than browsers: the JSON API and the exports. They
 * share CORS, conditional GET and problem+json errors.
 */
final class ApiPaths {

	static final String CALENDAR = "/calendar.ics";

	static final String FEED = "/feed.atom";

	/** Servlet URL patterns of the above, for filters. */
	static final List<String> URL_PATTERNS = List.of("/api/*", CALENDAR, FEED);

	private ApiPaths() {
	}

	static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.equals(CALENDAR) || path.equals(FEED);
	}

}
