package org.backchannel.http;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The order of every servlet filter of the app, outermost first, in one place.
 * Compression is no filter: the server does it ({@link ServerCompressionConfiguration}),
 * on the final body and ETag. The filters of this module are registered in
 * {@link ServletFilterConfiguration}; the outage filter (web) and the response cache
 * (caching) are registered by their own modules with the constants here.
 */
public final class FilterOrder {

	/**
	 * The forwarded headers of trusted reverse proxies, before anything builds a link.
	 */
	public static final int TRUSTED_PROXY = Ordered.HIGHEST_PRECEDENCE + 1;

	/**
	 * The database outage answer: outside the session store and Spring Security, whose
	 * database look-ups it answers for.
	 */
	public static final int DATABASE_OUTAGE = Ordered.HIGHEST_PRECEDENCE + 2;

	/** A body announced too large, or multipart, refused before anything reads it. */
	public static final int REQUEST_SIZE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 5;

	/** NUL dropped from query parameters. */
	public static final int NUL_CHARACTER = Ordered.HIGHEST_PRECEDENCE + 10;

	/** The session store's filter (Spring Session's default, for reference). */
	public static final int SESSION = SessionRepositoryFilter.DEFAULT_ORDER;

	/**
	 * Just inside the session store: marks a request whose answer is complete, so that
	 * the outage filter can tell the session store's last write failing after the answer
	 * was sent from an answer that failed.
	 */
	public static final int ANSWER_COMPLETE = SESSION + 1;

	/** Spring Security's filter chain (Boot's default, for reference). */
	public static final int SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

	/**
	 * The per-client limit on expensive reads: after security (a signed-in user is never
	 * limited), before the admission (a client over its limit takes no turn).
	 */
	public static final int EXPENSIVE_READ_RATE_LIMIT = SECURITY + 1;

	/** The admission of anonymous reads (at most so many at once, the rest queued). */
	public static final int READ_ADMISSION = SECURITY + 2;

	/** ETags and 304s: outside the response cache, so cached answers get them too. */
	public static final int CONDITIONAL_GET = Ordered.LOWEST_PRECEDENCE - 1;

	/** The response cache, innermost: it keeps what the handler wrote. */
	public static final int RESPONSE_CACHE = Ordered.LOWEST_PRECEDENCE;

	/** A year's Cache-Control for content-hashed static files. */
	public static final int IMMUTABLE_ASSETS = Ordered.LOWEST_PRECEDENCE;

	private FilterOrder() {
	}

}
