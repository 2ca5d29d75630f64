package org.backchannel.web.page;

import javax.sql.DataSource;

import org.backchannel.http.FilterOrder;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.backchannel.http.Refusals;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	/** See {@link FilterOrder#DATABASE_OUTAGE}. */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(Refusals refusals,
			ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<DataSource> dataSource) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(refusals, views, dataSource));
		registration.setOrder(FilterOrder.DATABASE_OUTAGE);
		return registration;
	}

	/** See {@link FilterOrder#ANSWER_COMPLETE}. */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter.AnswerComplete> answerCompleteFilter() {
		FilterRegistrationBean<DatabaseOutageFilter.AnswerComplete> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter.AnswerComplete());
		registration.setOrder(FilterOrder.ANSWER_COMPLETE);
		return registration;
	}

}
