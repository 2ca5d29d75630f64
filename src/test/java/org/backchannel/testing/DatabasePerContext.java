package org.backchannel.testing;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.StringUtils;

/**
 * Gives every {@code @SpringBootTest} and JDBC/JPA slice context a database of its own,
 * copied from the migrated template of {@link TestDatabases}, with no annotation on the
 * test: data one context writes is never seen by another. Registered in
 * {@code META-INF/spring.factories}; a test that names its own
 * {@code spring.datasource.url} keeps it.
 */
public class DatabasePerContext implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean needsDatabase = TestContextAnnotationUtils.hasAnnotation(testClass, SpringBootTest.class)
				|| TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureTestDatabase.class);
		return needsDatabase ? new CopiedDatabase() : null;
	}

	/** Equal for every context, so it never splits contexts that could be shared. */
	static final class CopiedDatabase implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			ConfigurableEnvironment environment = context.getEnvironment();
			if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
				return;
			}
			String url = TestDatabases.copyOfTemplate();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("testDatabase", Map.of("spring.datasource.url", url,
						"spring.datasource.username", "postgres", "spring.datasource.password", "")));
			// Registered first, so destroyed last: after the context's pool is closed.
			if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
				beans.registerDisposableBean("testDatabaseDrop", () -> TestDatabases.drop(url));
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof CopiedDatabase;
		}

		@Override
		public int hashCode() {
			return CopiedDatabase.class.hashCode();
		}

	}

}
