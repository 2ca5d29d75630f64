package org.backchannel.http;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A static file asked for by its content-hashed address ({@code /assets/css/backchannel-
 * <md5>.css}, as every page links it) never changes at that address: browsers and shared
 * caches may keep it for a year without asking again ({@code immutable}). The same file
 * at its plain address (a framing site's {@code embed-resize.js}) keeps the shorter cache
 * of {@code spring.web.resources.cache.cachecontrol.max-age}.
 */
public class ImmutableAssetsFilter extends OncePerRequestFilter {

	static final String IMMUTABLE = "max-age=31536000, public, immutable";

	/** Spring's content version strategy: the file name ends in "-" and an MD5. */
	private static final Pattern HASHED = Pattern.compile("^/assets/.+-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HASHED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, immutable(name, value));
			}

			@Override
			public void addHeader(String name, String value) {
				if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
					super.setHeader(name, immutable(name, value));
					return;
				}
				super.addHeader(name, value);
			}

			private String immutable(String name, String value) {
				return (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && getStatus() < 300) ? IMMUTABLE : value;
			}

		});
	}

}
