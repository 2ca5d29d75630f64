package org.backchannel.testing;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Under surefire ({@code ./mvnw test}), the app's password encoder hashes new passwords
 * with bcrypt at the strength the system property {@value #STRENGTH} names (4: 16 rounds
 * instead of production's 1,024), still as "{bcrypt}" hashes; every other hash is matched
 * by the app's own encoder. Each HTTP Basic request runs one bcrypt comparison, and with
 * C1 only one at production strength took 0.2-0.3 s on the loaded machine (about 5 ms at
 * 4): the tests that send hundreds of them spent most of their time there. What the tests
 * check (who is let in, with which answer) does not depend on the strength. A context
 * that measures the comparison's time sets {@value #PRODUCTION} to true and keeps
 * production's encoder; so do the ITs (failsafe sets no strength) and any run without the
 * property.
 */
public class QuickPasswordHashing implements ContextCustomizerFactory {

	/** The system property surefire sets (pom.xml). */
	static final String STRENGTH = "backchannel.test.bcrypt-strength";

	/** The test property that keeps production's encoder in a context. */
	public static final String PRODUCTION = "backchannel.test.production-password-hashing";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		Integer strength = Integer.getInteger(STRENGTH);
		boolean springBootTest = TestContextAnnotationUtils.hasAnnotation(testClass, SpringBootTest.class);
		return (strength != null && springBootTest) ? new CheaperBcrypt(strength) : null;
	}

	record CheaperBcrypt(int strength) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			if (context.getEnvironment().getProperty(PRODUCTION, Boolean.class, false)) {
				return;
			}
			int rounds = this.strength;
			context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if ("passwordEncoder".equals(beanName) && bean instanceof PasswordEncoder production) {
						DelegatingPasswordEncoder cheaper = new DelegatingPasswordEncoder("bcrypt",
								Map.of("bcrypt", new BCryptPasswordEncoder(rounds)));
						cheaper.setDefaultPasswordEncoderForMatches(production);
						return cheaper;
					}
					return bean;
				}

			});
		}

	}

}
