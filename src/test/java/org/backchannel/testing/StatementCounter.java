package org.backchannel.testing;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the app sends, whichever thread sends it, so a test can
 * prove a request costs a constant number of statements. Import it into a test context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final AtomicInteger statements = new AtomicInteger();

	public static void reset() {
		statements.set(0);
	}

	public static int count() {
		return statements.get();
	}

	@Bean
	public static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.afterQuery((execution, queries) -> statements.addAndGet(queries.size()))
						.build();
				}
				return bean;
			}
		};
	}

}
