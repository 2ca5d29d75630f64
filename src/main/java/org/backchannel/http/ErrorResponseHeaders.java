package org.backchannel.http;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The security headers of every page (the same values as {@code SecurityConfiguration}'s,
 * which a test holds them to), for answers written where Spring Security's header writer
 * does not run: a request Tomcat or the firewall refuses, an error dispatched after a
 * filter before security failed.
 */
public final class ErrorResponseHeaders {

	/** The pages' Content-Security-Policy. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The pages' Permissions-Policy. */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private ErrorResponseHeaders() {
	}

	/**
	 * Sets the headers that are missing (those Spring Security already wrote stay).
	 * @param response the answer
	 */
	public static void write(HttpServletResponse response) {
		setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
		setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
		setIfAbsent(response, HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private static void setIfAbsent(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
