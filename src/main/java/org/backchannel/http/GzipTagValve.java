package org.backchannel.http;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.http.MimeHeaders;

import org.springframework.http.HttpHeaders;

/**
 * The request side of {@link GzipTaggingProtocol}: the app compares {@code If-None-Match}
 * and {@code If-Match} without the gzip suffix, so a client that read gzip revalidates
 * and writes back with the tag it got; and a 304 to a client that holds the gzip
 * representation names the gzip tag (Tomcat does not consider compression for a 304).
 */
class GzipTagValve extends ValveBase {

	GzipTagValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
		GzipTags.stripFrom(headers, HttpHeaders.IF_MATCH);
		boolean gzipTagAsked = GzipTags.stripFrom(headers, HttpHeaders.IF_NONE_MATCH);
		getNext().invoke(request, response);
		if (gzipTagAsked && response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED && !response.isCommitted()
				&& compressionConsidered(request, response)) {
			String etag = response.getHeader(HttpHeaders.ETAG);
			if (etag != null) {
				response.setHeader(HttpHeaders.ETAG, GzipTags.gzipTag(etag));
			}
			if (response.getHeaders(HttpHeaders.VARY)
				.stream()
				.noneMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			}
		}
	}

	/**
	 * Whether the 200 would have been gzip as far as the request tells (Tomcat's own
	 * parsing).
	 */
	private static boolean compressionConsidered(Request request, Response response) {
		return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
				&& !"off".equals(http.getCompression()) && acceptsGzip(request);
	}

	private static boolean acceptsGzip(Request request) {
		return GzipAnswers.anyCoding(request, (coding) -> "gzip".equalsIgnoreCase(coding.getEncoding()));
	}

}
