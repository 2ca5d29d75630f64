package org.backchannel.http;

import java.io.IOException;
import java.io.StringReader;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.HttpHeaders;

/**
 * For an answer the app compresses itself: whether the request's {@code Accept-Encoding}
 * accepts gzip (Tomcat's parser: split, never matched by a regular expression), and the
 * tag of the gzip representation ({@link GzipTaggingProtocol}'s, as when the server
 * compresses).
 */
public final class GzipAnswers {

	private GzipAnswers() {
	}

	/** Whether the client accepts gzip: named, or {@code *}, with a quality above 0. */
	public static boolean accepted(HttpServletRequest request) {
		return anyCoding(request,
				(coding) -> ("gzip".equalsIgnoreCase(coding.getEncoding()) || "*".equals(coding.getEncoding()))
						&& coding.getQuality() > 0);
	}

	/**
	 * Whether a coding of the request's {@code Accept-Encoding} matches (false when a
	 * value cannot be parsed).
	 */
	static boolean anyCoding(HttpServletRequest request, Predicate<AcceptEncoding> matches) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values != null && values.hasMoreElements()) {
			try {
				List<AcceptEncoding> codings = AcceptEncoding.parse(new StringReader(values.nextElement()));
				if (codings != null && codings.stream().anyMatch(matches)) {
					return true;
				}
			}
			catch (IOException ex) {
				return false;
			}
		}
		return false;
	}

	/** The gzip representation's tag for the identity one's (strong tags only). */
	public static String tag(String etag) {
		return GzipTags.gzipTag(etag);
	}

}
