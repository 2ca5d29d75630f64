package org.backchannel.web.page;

import javax.sql.DataSource;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	/**
	 * Inside compression and the trusted-proxy filter, outside the session store and
	 * Spring Security, whose database look-ups it answers for.
	 */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(JsonMapper json,
			ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<DataSource> dataSource) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(json, views, dataSource));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
