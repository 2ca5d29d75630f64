package org.backchannel.security;

import org.backchannel.http.RateLimits;
import org.backchannel.http.Refusals;
import org.backchannel.http.RequestBodies;

import java.time.Duration;
import java.util.List;

import java.util.function.Predicate;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reading is public. Writing needs a role: EDITOR to create and edit, ADMIN to publish,
 * delete, restore and manage users. Pages sign in with a form and a session (stored in
 * PostgreSQL, CSRF-protected); the API's writes use HTTP Basic, statelessly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

	/** The page's own files only; no inline script or style anywhere. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI sets style attributes as it renders; it still runs no inline script.
	 */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The one page other sites may frame: the compact timeline of /embed (its own files
	 * only, like every page, but any ancestor).
	 */
	static final String EMBED_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors *";

	/**
	 * Spring Security observes nothing of its own: with Actuator on the class path it
	 * would otherwise wrap each of its filters in an observation of its own (two per
	 * filter, on every request). A request's own timing and outcome stay observed
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<RateLimits> limits,
			ObjectProvider<RequestBodies> bodies,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolvers)
			throws Exception {
		ApiSecurityProblems problems = new ApiSecurityProblems(new Refusals(resolvers));
		http.securityMatcher("/api/**")
			// A body is read only once its sender has signed in (HTTP Basic, checked
			// first).
			.addFilterAfter(bodyFilter(bodies, (request) -> signedIn()), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				// the review queue (watched sources) is for editors only, reads included
				.requestMatchers("/api/queue", "/api/queue/**")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.permitAll()
				// No endpoint takes PATCH, and OPTIONS only says what a path allows: the
				// routes answer them (405 with Allow, or the Allow list), whoever asks.
				.requestMatchers(HttpMethod.PATCH, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.DELETE, "/api/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/events/*/publish", "/api/events/*/restore")
				.hasRole("ADMIN")
				.anyRequest()
				.hasRole("EDITOR"))
			.cors(Customizer.withDefaults())
			// Stateless: every write carries its credentials, no cookie can be ridden.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems)
				.authenticationDetailsSource(signInDetails(limits)))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> securityHeaders(headers, CONTENT_SECURITY_POLICY));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain swaggerSecurityFilterChain(HttpSecurity http, ObjectProvider<RequestBodies> bodies)
			throws Exception {
		http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
			.addFilterBefore(bodyFilter(bodies, (request) -> false), CsrfFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.anyRequest()
				.denyAll())
			.headers((headers) -> securityHeaders(headers, SWAGGER_CONTENT_SECURITY_POLICY));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain embedSecurityFilterChain(HttpSecurity http, ObjectProvider<RequestBodies> bodies)
			throws Exception {
		http.securityMatcher("/embed")
			.addFilterBefore(bodyFilter(bodies, (request) -> false), CsrfFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(EMBED_CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
				.contentTypeOptions(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain webSecurityFilterChain(HttpSecurity http, ObjectProvider<RateLimits> limits,
			ObjectProvider<RequestBodies> bodies) throws Exception {
		CookieRequestCache requestCache = new CookieRequestCache();
		// A body is read only for a signed-in session, or the sign-in and sign-out forms
		// (before the CSRF check, which reads the form's token).
		http.addFilterBefore(bodyFilter(bodies, (request) -> signedIn() || isSignInOrOut(request)), CsrfFilter.class);
		http.authorizeHttpRequests((requests) -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/admin/users", "/admin/users/**", "/admin/events/*/history", "/admin/events/*/history/**")
			.hasRole("ADMIN")
			.requestMatchers("/actuator/metrics", "/actuator/metrics/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/sources/watched", "/admin/sources/watched/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/admin/events/*/publish", "/admin/events/*/delete",
					"/admin/actors/*/delete", "/admin/proposals/*/delete", "/admin/sources/*/delete")
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.anyRequest()
			.hasRole("EDITOR"))
			.cors(Customizer.withDefaults())
			// No session before sign-in: the sign-in form's CSRF token and the page to
			// return to are kept in cookies, so an anonymous visit stores nothing.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(signInDetails(limits))
				.successHandler(new ReturnToPageHandler(requestCache))
				.failureHandler(loginFailureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> securityHeaders(headers, CONTENT_SECURITY_POLICY));
		return http.build();
	}

	/**
	 * CSRF tokens in an HttpOnly cookie (double submit: the form's token must match it),
	 * not in a server session: showing the sign-in form stores nothing.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * The filter that reads request bodies only for those {@code mayRead} accepts; none
	 * where the application's HTTP support is absent (a controller test's slice).
	 */
	private static Filter bodyFilter(ObjectProvider<RequestBodies> bodies, Predicate<HttpServletRequest> mayRead) {
		RequestBodies reader = bodies.getIfAvailable();
		return (reader != null) ? reader.filter(mayRead)
				: (request, response, chain) -> chain.doFilter(request, response);
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean isSignInOrOut(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return HttpMethod.POST.matches(request.getMethod()) && (path.equals("/login") || path.equals("/logout"));
	}

	/** No page uses a device, a sensor or a payment: each is refused to every frame. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(Customizer.withDefaults());
	}

	/**
	 * A sign-in's client, for its throttling: the connection's address, or the one a
	 * trusted proxy names in X-Forwarded-For
	 * ({@code backchannel.rate-limit.trusted-proxies}).
	 */
	private static AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> signInDetails(
			ObjectProvider<RateLimits> limits) {
		RateLimits rateLimits = limits.getIfAvailable(() -> new RateLimits(60, Duration.ofMinutes(1), List.of()));
		return (request) -> {
			HttpSession session = request.getSession(false);
			return new WebAuthenticationDetails(rateLimits.clientAddress(request),
					(session != null) ? session.getId() : null);
		};
	}

	/**
	 * Back to the sign-in form with one answer for every failure (unknown user, wrong
	 * password, disabled account, too many attempts), keeping the page to return to.
	 */
	private static AuthenticationFailureHandler loginFailureHandler() {
		return (HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.AuthenticationException ex) -> {
			UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + "/login")
				.queryParam("error");
			String from = ReturnToPageHandler.safeLocalPath(request.getParameter(ReturnToPageHandler.FROM));
			if (from != null) {
				target.queryParam(ReturnToPageHandler.FROM, from);
			}
			response.sendRedirect(target.encode().build().toUriString());
		};
	}

	/**
	 * After signing in, back to the protected page that asked for it, else to the page
	 * the user came from (a local path only, never another site), else the admin home.
	 */
	static final class ReturnToPageHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		static final String FROM = "from";

		ReturnToPageHandler(RequestCache requestCache) {
			setDefaultTargetUrl("/admin");
			setRequestCache(requestCache);
			setTargetUrlParameter(FROM);
		}

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
			String from = safeLocalPath(request.getParameter(FROM));
			return (from != null) ? encoded(from) : getDefaultTargetUrl();
		}

		/**
		 * The local path as a Location can carry it: every character outside ASCII (or
		 * not allowed there) percent-encoded in UTF-8, what is already encoded kept.
		 */
		static String encoded(String path) {
			StringBuilder out = new StringBuilder();
			for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
				int c = b & 0xff;
				if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
						&& c != '{' && c != '|' && c != '}') {
					out.append((char) c);
				}
				else {
					out.append('%').append(String.format("%02X", c));
				}
			}
			return out.toString();
		}

		static String safeLocalPath(String path) {
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
					|| path.startsWith("/login") || path.chars().anyMatch(Character::isISOControl)) {
				return null;
			}
			return path;
		}

	}

}
