package org.backchannel.http;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gzip by the server ({@code server.compression.*} in application.properties: text
 * answers of at least 1 KB, never images or fonts), on a connector that compresses
 * answers with a strong ETag too ({@link GzipTaggingProtocol}, {@link GzipTagValve}).
 */
@Configuration(proxyBeanMethods = false)
class ServerCompressionConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> gzipWithStrongTags() {
		return (factory) -> {
			factory.setProtocol(GzipTaggingProtocol.class.getName());
			factory.addEngineValves(new GzipTagValve());
		};
	}

}
