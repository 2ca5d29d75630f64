package org.backchannel.http;

import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * The strong tag of a gzip answer: the identity tag with {@code -gzip} inside the quotes
 * ({@code "v3-ab12"} becomes {@code "v3-ab12-gzip"}). A gzip body is another
 * representation than the identity body, and RFC 9110 (8.8.3) wants a strong validator to
 * tell representations apart; weak tags are kept as they are (a weak tag may stand for
 * semantically equivalent representations). Both tags validate the same state: in
 * {@code If-None-Match} and {@code If-Match} the suffix is taken off before the app
 * compares ({@link GzipTagValve}), as Jetty's gzip handler does with its own suffix.
 */
final class GzipTags {

	static final String SUFFIX = "-gzip";

	private static final String QUOTED_SUFFIX = SUFFIX + "\"";

	private GzipTags() {
	}

	/** The gzip representation's tag for an identity tag: strong tags only. */
	static String gzipTag(String etag) {
		String tag = etag.strip();
		if (tag.startsWith("W/") || tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")
				|| tag.endsWith(QUOTED_SUFFIX)) {
			return tag;
		}
		return tag.substring(0, tag.length() - 1) + QUOTED_SUFFIX;
	}

	static boolean isStrong(String etag) {
		return etag != null && !etag.strip().startsWith("W/");
	}

	/**
	 * Takes the suffix off every tag of the named request headers (linear in their
	 * length); whether any had it.
	 */
	static boolean stripFrom(MimeHeaders headers, String name) {
		boolean found = false;
		for (int i = 0; i < headers.size(); i++) {
			if (headers.getName(i).equalsIgnoreCase(name)) {
				MessageBytes value = headers.getValue(i);
				String text = value.toString();
				if (text != null && text.contains(QUOTED_SUFFIX)) {
					value.setString(text.replace(QUOTED_SUFFIX, "\""));
					found = true;
				}
			}
		}
		return found;
	}

}
