package org.backchannel.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.backchannel.caching.ResponseCacheFilter.Response;
import org.backchannel.http.ReadAdmission;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The busy site's rebuild ({@link ResponseCacheFilter}): the reader who would rebuild an
 * answer a write made stale is sent the previous one at once, and its request then
 * rebuilds the answer into a {@link DetachedResponse}, so no reader waits for a rebuild.
 */
final class RebuildAfterAnswer {

	private static final Log logger = LogFactory.getLog(RebuildAfterAnswer.class);

	/** The turns of anonymous reads at the database; null: none are counted. */
	private final ReadAdmission admission;

	private final int maxBodySize;

	RebuildAfterAnswer(ReadAdmission admission, int maxBodySize) {
		this.admission = admission;
		this.maxBodySize = maxBodySize;
	}

	/**
	 * Sends the previous answer and ends the response, before this request rebuilds the
	 * new one. The ETag filter outside would hold the body until the request ends, so it
	 * streams this answer untagged (and Spring Security marks it not to be stored: it is
	 * already out of date). The connection stays busy until the rebuild ends, so it is
	 * closed after it: the client's next request takes another.
	 */
	static void answer(Response answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		if ("HTTP/1.1".equals(request.getProtocol()) || "HTTP/1.0".equals(request.getProtocol())) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		answer.writeTo(response);
		response.getOutputStream().close();
	}

	/**
	 * Rebuilds the answer once the request was answered, into a response that sends
	 * nothing; a turn of the read admission first, if one comes within its wait
	 * (otherwise the next reader rebuilds). A failure is logged: the reader had its
	 * answer, and the others are answered as after any failed rebuild.
	 */
	void rebuild(VersionedCache.Later<Response> later, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain, boolean tagged) {
		try {
			later.run(() -> {
				if (this.admission != null && !this.admission.tryEnter(request)) {
					return null;
				}
				try {
					DetachedResponse detached = new DetachedResponse(response);
					chain.doFilter(request, detached);
					return kept(request, detached, tagged);
				}
				catch (IOException | ServletException ex) {
					throw new ResponseCacheFilter.Failure(ex);
				}
				finally {
					if (this.admission != null) {
						this.admission.leave(request);
					}
				}
			});
		}
		catch (RuntimeException ex) {
			logger.warn("Rebuilding " + request.getRequestURI() + " after its answer failed", ex);
		}
	}

	/** The answer a rebuild after the answer wrote, if it may be kept; or null. */
	private Response kept(HttpServletRequest request, DetachedResponse detached, boolean tagged) {
		byte[] body = detached.body();
		if (detached.getStatus() != HttpServletResponse.SC_OK || body.length > this.maxBodySize
				|| request.getSession(false) != null || detached.cookieSet()) {
			return null;
		}
		List<String[]> headers = new ArrayList<>();
		for (String name : detached.getHeaderNames()) {
			if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
				detached.getHeaders(name).forEach((value) -> headers.add(new String[] { name, value }));
			}
		}
		return new Response(body, detached.getContentType(), headers, tagged);
	}

}
