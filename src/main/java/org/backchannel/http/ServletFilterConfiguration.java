package org.backchannel.http;

import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The servlet filters of this module, each at its place in {@link FilterOrder}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SiteProperties.class, ReadLimits.class, RateLimits.class,
		RequestSizeProperties.class })
class ServletFilterConfiguration {

	/** The reader pages whose answers carry an ETag (API paths: {@link ApiPaths}). */
	static final List<String> PAGES = List.of("/", "/events/*", "/actors", "/actors/*", "/proposals", "/proposals/*",
			"/sources/*", "/stats", "/embed");

	private static <F extends Filter> FilterRegistrationBean<F> at(int order, F filter) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		return registration;
	}

	/**
	 * The filters' and Spring Security's refusals, answered by Spring MVC's resolvers.
	 */
	@Bean
	Refusals refusals(@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolvers) {
		return new Refusals(resolvers);
	}

	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(RateLimits limits) {
		return at(FilterOrder.TRUSTED_PROXY, new TrustedProxyFilter(limits.trustedProxies()));
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestSizeProperties properties,
			Refusals refusals) {
		return at(FilterOrder.REQUEST_SIZE_LIMIT, new RequestSizeLimitFilter(properties, refusals));
	}

	@Bean
	FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
		return at(FilterOrder.NUL_CHARACTER, new NulCharacterFilter());
	}

	@Bean
	HandlerLookup handlerLookup(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return new HandlerLookup(mappings);
	}

	@Bean
	FilterRegistrationBean<ExpensiveReadRateLimitFilter> expensiveReadRateLimitFilter(RateLimits limits,
			Refusals refusals, HandlerLookup handlers, ObjectProvider<DataSource> dataSource) {
		// The budget is kept in the database every instance shares (in memory only
		// without one: a web slice).
		DataSource database = dataSource.getIfAvailable();
		ReadBudget budget = (database != null) ? new SharedReadBudget(database, limits) : new LocalReadBudget(limits);
		return at(FilterOrder.EXPENSIVE_READ_RATE_LIMIT, new ExpensiveReadRateLimitFilter(limits, refusals,
				(request) -> handlers.find(request).map((method) -> method.getMethodAnnotation(ExpensiveRead.class)),
				budget));
	}

	@Bean
	ReadAdmission readAdmission(ReadLimits limits, Refusals refusals) {
		return new ReadAdmission(limits, refusals);
	}

	/**
	 * The admission, and the filters inside it that take the turn themselves (found at
	 * the first request: they may be made after this one).
	 */
	@Bean
	FilterRegistrationBean<ReadAdmissionFilter> readAdmissionFilter(ReadAdmission admission,
			ObjectProvider<ReadAdmission.AdmitsItself> inside) {
		Supplier<List<ReadAdmission.AdmitsItself>> found = SingletonSupplier.of(() -> inside.orderedStream().toList());
		return at(FilterOrder.READ_ADMISSION, new ReadAdmissionFilter(admission, found));
	}

	@Bean
	FilterRegistrationBean<ConditionalGetFilter> conditionalGetFilter() {
		FilterRegistrationBean<ConditionalGetFilter> registration = at(FilterOrder.CONDITIONAL_GET,
				new ConditionalGetFilter());
		registration.setUrlPatterns(ApiPaths.URL_PATTERNS);
		return registration;
	}

	/**
	 * The reader pages too carry an ETag and may be kept by a shared cache (a proxy, a
	 * CDN) that revalidates every time; a signed-in reader's pages, or those of a reader
	 * with a session, are private and never stored.
	 */
	@Bean
	FilterRegistrationBean<ConditionalGetFilter> pageConditionalGetFilter() {
		FilterRegistrationBean<ConditionalGetFilter> registration = at(FilterOrder.CONDITIONAL_GET,
				new ConditionalGetFilter(ConditionalGetFilter.PAGE_CACHE_CONTROL, true));
		registration.setUrlPatterns(PAGES);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ImmutableAssetsFilter> immutableAssetsFilter() {
		return at(FilterOrder.IMMUTABLE_ASSETS, new ImmutableAssetsFilter());
	}

}
