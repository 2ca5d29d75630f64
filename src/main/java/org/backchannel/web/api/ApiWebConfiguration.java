package org.backchannel.web.api;

import org.backchannel.http.ApiPaths;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the API and the exports share at the HTTP level: CORS open for reading from any
 * origin (the data is public and no cookies are involved); conditional GET is registered
 * with the other filters (http.ServletFilterConfiguration); a record's change is checked
 * against the record before its body is read.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	/** A record's change is checked against the record before its body is read. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PreconditionsBeforeBody()).addPathPatterns("/api/**");
	}

	/**
	 * Picked up by Spring Security's {@code cors()} under this bean name.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource() {
		CorsConfiguration readOnly = new CorsConfiguration();
		readOnly.setAllowedOrigins(List.of(CorsConfiguration.ALL));
		readOnly.setAllowedMethods(List.of("GET", "HEAD"));
		readOnly.setAllowedHeaders(List.of(HttpHeaders.ACCEPT, HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MODIFIED_SINCE,
				HttpHeaders.CACHE_CONTROL));
		readOnly.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LINK, HttpHeaders.LAST_MODIFIED,
				HttpHeaders.CONTENT_DISPOSITION));
		readOnly.setAllowCredentials(false);
		readOnly.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", readOnly);
		source.registerCorsConfiguration(ApiPaths.CALENDAR, readOnly);
		source.registerCorsConfiguration(ApiPaths.FEED, readOnly);
		source.registerCorsConfiguration("/v3/api-docs/**", readOnly);
		return source;
	}

	/**
	 * Spring Security's {@code cors()} uses a filter under this bean name: the same
	 * rules, but a refused request gets a problem document instead of plain text.
	 */
	@Bean
	CorsFilter corsFilter(CorsConfigurationSource corsConfigurationSource) {
		CorsFilter filter = new CorsFilter(corsConfigurationSource);
		filter.setCorsProcessor(new ProblemCorsProcessor());
		return filter;
	}

	/** Run inside the security filter chains only, not a second time on its own. */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilterRegistration(CorsFilter corsFilter) {
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
		registration.setEnabled(false);
		return registration;
	}

}
