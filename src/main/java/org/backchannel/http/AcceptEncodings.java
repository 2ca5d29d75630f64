package org.backchannel.http;

import java.io.IOException;
import java.io.StringReader;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.HttpHeaders;

/**
 * What a request's {@code Accept-Encoding} accepts, parsed by Tomcat's parser (split,
 * never matched by a regular expression), for an answer the app compresses itself.
 */
public final class AcceptEncodings {

	private AcceptEncodings() {
	}

	/** Whether the client accepts gzip: named, or {@code *}, with a quality above 0. */
	public static boolean gzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values != null && values.hasMoreElements()) {
			try {
				List<AcceptEncoding> codings = AcceptEncoding.parse(new StringReader(values.nextElement()));
				if (codings != null && codings.stream()
					.anyMatch((coding) -> ("gzip".equalsIgnoreCase(coding.getEncoding())
							|| "*".equals(coding.getEncoding())) && coding.getQuality() > 0)) {
					return true;
				}
			}
			catch (IOException ex) {
				return false;
			}
		}
		return false;
	}

}
