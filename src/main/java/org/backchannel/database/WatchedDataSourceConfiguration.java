package org.backchannel.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's pool, embedded database or external, is watched for a database that
 * stops answering ({@link WatchedDataSource}).
 */
@Configuration(proxyBeanMethods = false)
class WatchedDataSourceConfiguration {

	@Bean
	static BeanPostProcessor watchedDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof HikariDataSource pool) ? new WatchedDataSource(pool) : bean;
			}
		};
	}

}
