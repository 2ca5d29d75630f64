package org.backchannel.api;

import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET for the API and the exports: an ETag computed from the body (so it
 * changes exactly when what a client sees changes, whichever rows it came from), a 304
 * when If-None-Match matches, and a short shared cache lifetime on successful answers,
 * after which clients revalidate cheaply with the ETag.
 */
class ConditionalGetFilter extends ShallowEtagHeaderFilter {

	static final String CACHE_CONTROL = "public, max-age=60";

	@Override
	protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
			int responseStatusCode, InputStream inputStream) {
		boolean eligible = super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
		// Set here because only now is the status known, and before the body is written;
		// otherwise Spring Security would mark every answer no-store.
		if (eligible && response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		}
		return eligible;
	}

}
