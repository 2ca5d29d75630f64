package org.backchannel.caching;

import java.time.Duration;

import org.backchannel.database.HealthProperties;
import org.backchannel.http.RequestSizeProperties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed settings keep the keys and defaults the README documents, and refuse a value
 * outside their limits at start-up instead of misbehaving later.
 */
class CachePropertiesTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(CachingConfiguration.class, Settings.class);

	@Test
	void unsetSettingsHaveTheDocumentedDefaults() {
		this.context.run((context) -> {
			assertThat(context.getBean(QueryCacheProperties.class).size()).isEqualTo(500);
			assertThat(context.getBean(ResponseCacheProperties.class).size()).isEqualTo(200);
			assertThat(context.getBean(RequestSizeProperties.class).maxRequestSize())
				.isEqualTo(DataSize.ofMegabytes(1));
			assertThat(context.getBean(HealthProperties.class).databaseTimeout()).isEqualTo(Duration.ofSeconds(2));
		});
	}

	@Test
	void theDocumentedKeysSetThem() {
		this.context
			.withPropertyValues("backchannel.query-cache.size=0", "backchannel.response-cache.size=7",
					"backchannel.max-request-size=2MB", "backchannel.health.database-timeout=500ms")
			.run((context) -> {
				assertThat(context.getBean(QueryCacheProperties.class).size()).isZero();
				assertThat(context.getBean(ResponseCacheProperties.class).size()).isEqualTo(7);
				assertThat(context.getBean(RequestSizeProperties.class).maxRequestSize())
					.isEqualTo(DataSize.ofMegabytes(2));
				assertThat(context.getBean(HealthProperties.class).databaseTimeout()).isEqualTo(Duration.ofMillis(500));
			});
	}

	@Test
	void aNegativeCacheSizeStopsTheStartWithTheKeysName() {
		this.context.withPropertyValues("backchannel.query-cache.size=-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("backchannel.query-cache.size"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ RequestSizeProperties.class, HealthProperties.class })
	static class Settings {

	}

}
