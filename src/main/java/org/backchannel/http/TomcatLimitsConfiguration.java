package org.backchannel.http;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's own limits on request bodies: no bytes of a body awaited longer than
 * {@code backchannel.request-body.read-timeout} (headers keep the connection timeout:
 * they are read without a thread), and a body the application left unread is not drained
 * ({@link UnreadBodyValve}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatLimitsConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestBodyLimits(RequestSizeProperties properties) {
		int readTimeout = (int) properties.requestBody().readTimeout().toMillis();
		return (factory) -> {
			factory.addEngineValves(new UnreadBodyValve());
			factory.addConnectorCustomizers((connector) -> {
				if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
					http.setDisableUploadTimeout(false);
					http.setConnectionUploadTimeout(readTimeout);
				}
			});
		};
	}

}
