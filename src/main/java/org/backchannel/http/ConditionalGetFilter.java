package org.backchannel.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GET and HEAD for the API and the exports (RFC 9110, section 13). A record's
 * strong ETag is set by its controller ({@link RecordTags}); every other answer (lists,
 * exports) gets one computed from its body, so it changes exactly when what a client sees
 * changes. A 304 when If-None-Match matches. A HEAD is answered exactly as the GET (the
 * server leaves the body out), so it carries the same ETag, Link, Vary and Cache-Control.
 * Anonymous answers may be kept by shared caches for a short while and revalidated with
 * the ETag after; answers to a signed-in reader (drafts) are private and never stored.
 * <p>
 * A body's tag is two 32-bit checksums of it (CRC-32C and CRC-32, both computed by the
 * processor's own instructions) rather than Spring's MD5: an ETag only has to change when
 * the body does, and hashing the body was 6 % of an uncached page's time.
 */
public class ConditionalGetFilter extends ShallowEtagHeaderFilter {

	static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

	static final String SIGNED_IN_CACHE_CONTROL = "private, no-store";

	/**
	 * Reader pages: a shared cache keeps them but asks again every time (a 304 when
	 * nothing changed), so an edit shows at once.
	 */
	public static final String PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private final String publicCacheControl;

	private final boolean sessionIsPrivate;

	public ConditionalGetFilter() {
		this(CACHE_CONTROL, false);
	}

	/**
	 * @param publicCacheControl what anonymous answers carry
	 * @param sessionIsPrivate whether an anonymous reader with a session (a flash
	 * message, a form's token) gets private answers too
	 */
	public ConditionalGetFilter(String publicCacheControl, boolean sessionIsPrivate) {
		this.publicCacheControl = publicCacheControl;
		this.sessionIsPrivate = sessionIsPrivate;
	}

	private boolean isPrivate(HttpServletRequest request) {
		return request.getUserPrincipal() != null || (this.sessionIsPrivate && request.getSession(false) != null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
			throws ServletException, IOException {
		boolean head = HttpMethod.HEAD.matches(request.getMethod());
		if (!head && !HttpMethod.GET.matches(request.getMethod())) {
			filterChain.doFilter(request, response);
			return;
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
			anyRepresentation(head ? new AsGet(request) : request, response, filterChain);
			return;
		}
		// Tomcat drops the body of an answer to HEAD; everything else stays the GET's.
		super.doFilterInternal(head ? new AsGet(request) : request,
				new CacheControlWithETag(response, isPrivate(request), this.publicCacheControl), filterChain);
	}

	/**
	 * {@code If-None-Match: *} asks whether any representation exists (RFC 9110, 13.1.2):
	 * when it does (the answer would be a 2xx), 304 Not Modified with its ETag and no
	 * body; otherwise the answer as it is (a 404, say).
	 */
	private void anyRepresentation(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		super.doFilterInternal(new WithoutIfNoneMatch(request),
				new CacheControlWithETag(held, isPrivate(request), this.publicCacheControl), filterChain);
		if (held.getStatus() >= 200 && held.getStatus() < 300 && !response.isCommitted()) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setContentLength(0);
			return;
		}
		held.copyBodyToResponse();
	}

	@Override
	protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
			int responseStatusCode, InputStream inputStream) {
		if (isPrivate(request) && HttpMethod.GET.matches(request.getMethod())
				&& response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, SIGNED_IN_CACHE_CONTROL);
		}
		boolean eligible = super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
		// Set here because only now is the status known, and before the body is written;
		// otherwise Spring Security would mark every answer no-store.
		if (eligible && response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.publicCacheControl);
		}
		return eligible;
	}

	@Override
	protected String generateETagHeaderValue(InputStream inputStream, boolean isWeak) throws IOException {
		return tag(inputStream, isWeak);
	}

	/** The strong tag this filter gives an answer with this body. */
	public static String bodyTag(byte[] body) {
		try {
			return tag(new ByteArrayInputStream(body), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tag(InputStream inputStream, boolean isWeak) throws IOException {
		CRC32C castagnoli = new CRC32C();
		CRC32 ieee = new CRC32();
		byte[] buffer = new byte[8192];
		for (int read = inputStream.read(buffer); read != -1; read = inputStream.read(buffer)) {
			castagnoli.update(buffer, 0, read);
			ieee.update(buffer, 0, read);
		}
		long tag = (castagnoli.getValue() << 32) | ieee.getValue();
		return (isWeak ? "W/\"" : "\"") + String.format("%016x", tag) + "\"";
	}

	/**
	 * A record's answer streams as soon as its controller sets the ETag (the body need
	 * not be hashed), so its Cache-Control is set at that moment.
	 */
	private static final class CacheControlWithETag extends HttpServletResponseWrapper {

		private final boolean signedIn;

		private final String publicCacheControl;

		CacheControlWithETag(HttpServletResponse response, boolean signedIn, String publicCacheControl) {
			super(response);
			this.signedIn = signedIn;
			this.publicCacheControl = publicCacheControl;
		}

		@Override
		public void setHeader(String name, String value) {
			beforeETag(name);
			super.setHeader(name, value);
		}

		@Override
		public void addHeader(String name, String value) {
			beforeETag(name);
			if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && getHeader(name) != null) {
				// A cached answer replays its headers: one Cache-Control is enough.
				super.setHeader(name, value);
				return;
			}
			super.addHeader(name, value);
		}

		private void beforeETag(String name) {
			if (HttpHeaders.ETAG.equalsIgnoreCase(name) && getStatus() < 300
					&& getHeader(HttpHeaders.CACHE_CONTROL) == null) {
				super.setHeader(HttpHeaders.CACHE_CONTROL,
						this.signedIn ? SIGNED_IN_CACHE_CONTROL : this.publicCacheControl);
			}
		}

	}

	/** The request without its {@code If-None-Match: *}, answered by this filter. */
	private static final class WithoutIfNoneMatch extends HttpServletRequestWrapper {

		WithoutIfNoneMatch(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> !HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name))
				.toList());
		}

	}

	/** A HEAD request shown to the rest of the chain as the GET it mirrors. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

	}

}
