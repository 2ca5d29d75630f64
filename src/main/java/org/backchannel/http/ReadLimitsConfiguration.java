package org.backchannel.http;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The rate limit and the admission of anonymous reads, after Spring Security (so a
 * signed-in user is known and never limited or queued) and before the response cache.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ReadLimits.class, RateLimits.class })
class ReadLimitsConfiguration {

	@Bean
	FilterRegistrationBean<ReadAdmissionFilter> readAdmissionFilter(ReadLimits limits, JsonMapper json) {
		FilterRegistrationBean<ReadAdmissionFilter> registration = new FilterRegistrationBean<>(
				new ReadAdmissionFilter(limits, json));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	@Bean
	HandlerLookup handlerLookup(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return new HandlerLookup(mappings);
	}

	/**
	 * Before the admission: a client over its limit takes no turn. The budget is kept in
	 * the database every instance shares (in memory only without one: a web slice).
	 */
	@Bean
	FilterRegistrationBean<ExpensiveReadRateLimitFilter> expensiveReadRateLimitFilter(RateLimits limits,
			JsonMapper json, HandlerLookup handlers, ObjectProvider<DataSource> dataSource) {
		DataSource database = dataSource.getIfAvailable();
		ReadBudget budget = (database != null) ? new SharedReadBudget(database, limits) : new LocalReadBudget(limits);
		FilterRegistrationBean<ExpensiveReadRateLimitFilter> registration = new FilterRegistrationBean<>(
				new ExpensiveReadRateLimitFilter(limits, json, (request) -> handlers.find(request)
					.map((method) -> method.getMethodAnnotation(ExpensiveRead.class)), budget));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
