package org.backchannel.http;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a reverse proxy: the forwarded headers ({@code Forwarded},
 * {@code X-Forwarded-Host}, {@code -Proto}, {@code -Port}, {@code -Prefix}) are believed
 * only from the addresses in {@code backchannel.rate-limit.trusted-proxies}. From a
 * trusted proxy, Spring's {@link ForwardedHeaderFilter} applies them, so every absolute
 * link, {@code Location} and redirect names the host, scheme and path prefix the client
 * used; from anyone else they are removed before anything reads them. The client's
 * address is the nearest {@code X-Forwarded-For} hop that is not a trusted proxy (never
 * the leftmost, which the client writes itself).
 */
class TrustedProxyFilter extends OncePerRequestFilter {

	static final Set<String> FORWARDED_HEADERS = Set.of("forwarded", "x-forwarded-host", "x-forwarded-port",
			"x-forwarded-proto", "x-forwarded-prefix", "x-forwarded-ssl");

	private final List<String> trustedProxies;

	private final ForwardedHeaderFilter forwarded = new ForwardedHeaderFilter();

	TrustedProxyFilter(List<String> trustedProxies) {
		this.trustedProxies = List.copyOf(trustedProxies);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.trustedProxies.contains(request.getRemoteAddr())) {
			chain.doFilter(new Without(request, FORWARDED_HEADERS, request.getRemoteAddr()), response);
			return;
		}
		this.forwarded.doFilter(new Without(request, Set.of("x-forwarded-for"), client(request)), response, chain);
	}

	/** The nearest address in X-Forwarded-For that is not a trusted proxy. */
	private String client(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		String forwardedFor = request.getHeader("X-Forwarded-For");
		if (forwardedFor == null) {
			return address;
		}
		String[] hops = forwardedFor.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !this.trustedProxies.contains(hop)) {
				return hop;
			}
		}
		return address;
	}

	/** The request without some headers, from the given client address. */
	private static final class Without extends HttpServletRequestWrapper {

		private final Set<String> hidden;

		private final String remoteAddr;

		Without(HttpServletRequest request, Set<String> hidden, String remoteAddr) {
			super(request);
			this.hidden = hidden;
			this.remoteAddr = remoteAddr;
		}

		private boolean hidden(String name) {
			return name != null && this.hidden.contains(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String getRemoteAddr() {
			return this.remoteAddr;
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter((name) -> !hidden(name)).toList());
		}

	}

}
