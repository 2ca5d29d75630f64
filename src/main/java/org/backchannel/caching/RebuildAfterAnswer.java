package org.backchannel.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.backchannel.caching.ResponseCacheFilter.Response;
import org.backchannel.http.ConditionalGetFilter;
import org.backchannel.http.GzipAnswers;
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
	 * new one. The connection stays busy until the rebuild ends, so it is closed after it
	 * (the client's next request takes another), and the answer says its length, so the
	 * client need not wait for that close: gzip-compressed here when the client accepts
	 * it (the server's compression would send it without a length). The ETag filter
	 * outside would hold the body until the request ends, so the answer is tagged here as
	 * that filter would (the record's own tag, or the body's; "-gzip" for the compressed
	 * one), and its Cache-Control follows from the tag as for any answer.
	 */
	static void answer(Response answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setStatus(HttpServletResponse.SC_OK);
		String etag = null;
		for (String[] header : answer.headers()) {
			if (HttpHeaders.ETAG.equalsIgnoreCase(header[0])) {
				etag = header[1];
			}
			else {
				response.addHeader(header[0], header[1]);
			}
		}
		response.setContentType(answer.contentType());
		byte[] body = answer.body();
		etag = (etag != null) ? etag : ConditionalGetFilter.bodyTag(body);
		if (GzipAnswers.accepted(request)) {
			body = gzip(body);
			etag = GzipAnswers.tag(etag);
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		if (request.getProtocol().startsWith("HTTP/1.")) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		// Said to the server itself: the wrappers of the filters outside may hold it
		// back.
		ServletResponse server = response;
		while (server instanceof ServletResponseWrapper wrapper) {
			server = wrapper.getResponse();
		}
		server.setContentLength(body.length);
		ServletOutputStream out = response.getOutputStream();
		out.write(body);
		out.close();
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(body);
		}
		return compressed.toByteArray();
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
		if (!ResponseCacheFilter.keepable(detached.getStatus(), body.length, this.maxBodySize, request)
				|| detached.cookieSet()) {
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
