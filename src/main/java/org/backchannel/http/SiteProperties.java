package org.backchannel.http;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site as the world knows it ({@code backchannel.site.*}).
 *
 * @param canonicalUrl the public address of the site (scheme, host and any path prefix,
 * e.g. {@code https://backchannel.example.org}); the Atom feed's id is built on it, so a
 * feed keeps its identity whatever host or proxy serves it. Unset, the feed's id is a
 * {@code tag:} URI, which never depends on the host either.
 */
@ConfigurationProperties("backchannel.site")
public record SiteProperties(URI canonicalUrl) {

	/** The canonical URL without a trailing slash, or null when none is configured. */
	public String base() {
		if (this.canonicalUrl == null) {
			return null;
		}
		String url = this.canonicalUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
