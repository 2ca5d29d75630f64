package org.backchannel.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.backchannel.http.ReadAdmission;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a reader page or an API response produced earlier instead of producing it again,
 * until a write touches what it shows ({@link VersionedCache}: after such a write one
 * request builds it again while the others are served the previous answer). Once the
 * queries are cached, rendering dominates a request's cost (a timeline of 25 events is
 * some 1,500 template expressions), and every reader gets the same answer. Only anonymous
 * requests without a session are served from it: a signed-in editor's pages show their
 * name and a sign-out form, and a session may carry a flash message.
 * <p>
 * When the site is busy (so many anonymous reads of kept answers in flight at once), the
 * reader who would rebuild an answer a write made stale is served the previous one too,
 * at once, on a connection then closed, and rebuilds it after its answer was sent: no
 * reader waits for a rebuild. When it is quiet, that reader waits for the rebuild and
 * gets the new answer, so the next read after an edit shows it.
 */
class ResponseCacheFilter extends OncePerRequestFilter {

	/**
	 * Every request header a response may depend on: each is part of the key and named in
	 * {@code Vary}, so neither this cache nor one downstream serves a fragment for a
	 * page, a page for a history restore, or JSON for CSV.
	 */
	static final List<String> KEYED_HEADERS = List.of(HttpHeaders.ACCEPT, "HX-Request", "HX-History-Restore-Request");

	private final DataVersion dataVersion;

	private final int maxBodySize;

	private final VersionedCache<Key, Response> responses;

	private final Function<HttpServletRequest, Optional<CachedResponse>> cacheable;

	/** The turns of anonymous reads at the database; null: none are counted. */
	private final ReadAdmission admission;

	/** From how many reads in flight a rebuild waits until after the answer. */
	private final int busyFrom;

	private final RebuildAfterAnswer afterAnswer;

	/** The anonymous reads of kept answers in flight. */
	private final AtomicInteger reading = new AtomicInteger();

	ResponseCacheFilter(DataVersion dataVersion, VersionedCache<Key, Response> responses, int maxBodySize,
			Function<HttpServletRequest, Optional<CachedResponse>> cacheable) {
		this(dataVersion, responses, maxBodySize, cacheable, null, Integer.MAX_VALUE);
	}

	/**
	 * @param responses where the responses are kept
	 * @param maxBodySize the largest body kept (a CSV export of thousands of events is
	 * served but not kept), so the cache stays within its capacity times this
	 * @param cacheable the {@link CachedResponse} of the handler a request goes to, if
	 * its answers may be kept
	 * @param admission the turns of anonymous reads: this filter admits the GETs it may
	 * keep answers of itself ({@link #admitsItself}), taking a turn only to build one
	 * @param busyFrom from how many anonymous reads of kept answers in flight at once a
	 * rebuild runs after its reader was answered with the previous answer
	 */
	ResponseCacheFilter(DataVersion dataVersion, VersionedCache<Key, Response> responses, int maxBodySize,
			Function<HttpServletRequest, Optional<CachedResponse>> cacheable, ReadAdmission admission, int busyFrom) {
		this.admission = admission;
		this.busyFrom = busyFrom;
		this.afterAnswer = new RebuildAfterAnswer(admission, maxBodySize);
		this.dataVersion = dataVersion;
		this.maxBodySize = maxBodySize;
		this.responses = responses;
		this.cacheable = cacheable;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod());
	}

	/**
	 * Whether this filter takes the read's turn itself
	 * ({@link ReadAdmission.AdmitsItself}): for a GET of a handler whose answers it
	 * keeps. It serves an answer it holds (fresh, or the previous one while another
	 * request rebuilds it) without a turn, reading only the data version; whatever runs
	 * the handler takes one first.
	 */
	static boolean admitsItself(HttpServletRequest request,
			Function<HttpServletRequest, Optional<CachedResponse>> cacheable) {
		return "GET".equals(request.getMethod()) && cacheable.apply(request).isPresent();
	}

	/** Takes the read's turn (see {@link #admitsItself}); false: answered 503. */
	private boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return this.admission == null || this.admission.enter(request, response);
	}

	/**
	 * A conditional request is left to the controller that knows the date or the record's
	 * tag (a record's answer streams once its tag is set, too late for the filter outside
	 * this one to turn a replay into a 304).
	 */
	private static boolean uncached(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
				|| request.getHeader(HttpHeaders.IF_NONE_MATCH) != null || !isAnonymous()
				|| request.getSession(false) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<CachedResponse> cached = this.cacheable.apply(request);
		if (cached.isEmpty()) {
			// Not a request this filter admits itself: the admission outside took its
			// turn.
			chain.doFilter(request, response);
			return;
		}
		if (uncached(request)) {
			// Served fresh, but varying by the same headers, for the caches downstream.
			response.addHeader(HttpHeaders.VARY, String.join(", ", KEYED_HEADERS));
			if (admit(request, response)) {
				chain.doFilter(request, response);
			}
			return;
		}
		long version;
		try {
			version = this.dataVersion.current(request);
		}
		catch (DataAccessException ex) {
			// The database is away: let the request fail the usual way (a 503).
			if (admit(request, response)) {
				chain.doFilter(request, response);
			}
			return;
		}
		// The URL with its host, as links in a response are absolute; and what the
		// response varies by.
		Key key = new Key(request.getRequestURL().toString(), request.getQueryString(),
				KEYED_HEADERS.stream().map(request::getHeader).toList());
		response.addHeader(HttpHeaders.VARY, String.join(", ", KEYED_HEADERS));
		ContentCachingResponseWrapper[] produced = new ContentCachingResponseWrapper[1];
		AtomicReference<VersionedCache.Later<Response>> later = new AtomicReference<>();
		boolean busy = this.reading.incrementAndGet() >= this.busyFrom;
		try {
			Response answer;
			try {
				// An anonymous reader: the previous answer while another request builds
				// this one after a write; otherwise this request builds it (one per key),
				// after its answer when the site is busy.
				answer = this.responses.get(key, version, () -> {
					// Only the request that builds the answer takes a turn, for the
					// build.
					if (!admitToBuild(request, response)) {
						return null;
					}
					produced[0] = new ContentCachingResponseWrapper(response);
					return produce(request, response, produced[0], chain, cached.get().tagged());
				}, true, busy ? later::set : null);
			}
			catch (Failure ex) {
				if (ex.getCause() instanceof ServletException cause) {
					throw cause;
				}
				throw (IOException) ex.getCause();
			}
			if (later.get() != null) {
				try {
					RebuildAfterAnswer.answer(answer, request, response);
				}
				finally {
					this.afterAnswer.rebuild(later.get(), request, response, chain, cached.get().tagged());
				}
				return;
			}
			if (produced[0] != null) {
				if (this.admission != null) {
					this.admission.leave(request);
				}
				produced[0].copyBodyToResponse();
				return;
			}
			if (answer != null) {
				answer.writeTo(response);
			}
		}
		finally {
			this.reading.decrementAndGet();
		}
	}

	private boolean admitToBuild(HttpServletRequest request, HttpServletResponse response) {
		try {
			return admit(request, response);
		}
		catch (IOException ex) {
			throw new Failure(ex);
		}
	}

	/** Runs the handler; the answer to keep, or null if it may not be kept. */
	private Response produce(HttpServletRequest request, HttpServletResponse response,
			ContentCachingResponseWrapper produced, FilterChain chain, boolean tagged) {
		Map<String, List<String>> headersBefore = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			headersBefore.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(response.getHeaders(name)));
		}
		try {
			chain.doFilter(request, produced);
		}
		catch (IOException | ServletException ex) {
			throw new Failure(ex);
		}
		if (!keepable(produced.getStatus(), produced.getContentSize(), this.maxBodySize, request)) {
			return null;
		}
		// Replayed with the body: the headers set while producing it (type, language,
		// Vary, Link, a record's ETag), not those every request gets anyway.
		List<String[]> headers = new ArrayList<>();
		for (String name : new HashSet<>(produced.getHeaderNames())) {
			List<String> before = headersBefore.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
			if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
				produced.getHeaders(name)
					.stream()
					.filter((value) -> !before.contains(value))
					.forEach((value) -> headers.add(new String[] { name, value }));
			}
		}
		return new Response(produced.getContentAsByteArray(), produced.getContentType(), headers, tagged);
	}

	/**
	 * Whether an answer may be kept: a 200 no larger than the largest kept body, to a
	 * request that has no session.
	 */
	static boolean keepable(int status, int size, int maxBodySize, HttpServletRequest request) {
		return status == HttpServletResponse.SC_OK && size <= maxBodySize && request.getSession(false) == null;
	}

	private static boolean isAnonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	/** An exception of the filter chain, through the cache's computation. */
	static final class Failure extends RuntimeException {

		Failure(Exception cause) {
			super(cause);
		}

	}

	record Key(String url, String query, List<String> headers) {
	}

	/**
	 * A kept answer; {@code tagged}: it depends only on the tags collected while it was
	 * built ({@link CachedResponse#tagged}), otherwise on every write too.
	 */
	record Response(byte[] body, String contentType, List<String[]> headers, boolean tagged) {

		/** What a kept answer depends on besides the tags collected while building it. */
		static Set<String> tags(Key key, Response response) {
			return response.tagged() ? Set.of() : Set.of(CacheTags.ALL);
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			for (String[] header : this.headers) {
				response.addHeader(header[0], header[1]);
			}
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
