package org.backchannel.http;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Tomcat's HTTP/1.1 connector with its own compression ({@code server.compression.*}),
 * for answers with a strong ETag too. Tomcat leaves alone every answer with a strong ETag
 * (Tomcat 11 has no setting to change that), and nearly every answer here has one: so the
 * tag is set aside while Tomcat decides, and a gzip answer gets the gzip representation's
 * own strong tag ({@link GzipTags}). Everything else (the types, the minimum size, the
 * parsing of Accept-Encoding, {@code Vary}) is Tomcat's.
 */
public class GzipTaggingProtocol extends Http11NioProtocol {

	private static final String ETAG = "ETag";

	private static final String VARY = "Vary";

	@Override
	public boolean useCompression(Request request, Response response) {
		MimeHeaders headers = response.getMimeHeaders();
		String etag = headers.getHeader(ETAG);
		boolean strong = GzipTags.isStrong(etag);
		if (strong) {
			headers.removeHeader(ETAG);
		}
		// Tomcat rewrites Vary in lower case; the app's own Vary is kept as it was.
		List<String> vary = Collections.list(headers.values(VARY));
		headers.removeHeader(VARY);
		boolean compress = false;
		try {
			compress = super.useCompression(request, response);
		}
		finally {
			boolean varies = headers.getHeader(VARY) != null;
			headers.removeHeader(VARY);
			vary.forEach((value) -> headers.addValue(VARY).setString(value));
			if (varies && vary.stream().noneMatch(GzipTaggingProtocol::namesAcceptEncoding)) {
				headers.addValue(VARY).setString("Accept-Encoding");
			}
			if (strong) {
				// A gzip transfer coding (TE) leaves the representation as it is.
				boolean gzipContent = compress && "gzip".equals(headers.getHeader("Content-Encoding"));
				headers.setValue(ETAG).setString(gzipContent ? GzipTags.gzipTag(etag) : etag);
			}
		}
		return compress;
	}

	private static boolean namesAcceptEncoding(String vary) {
		String names = vary.toLowerCase(Locale.ROOT);
		return names.contains("accept-encoding") || names.strip().equals("*");
	}

}
