package org.backchannel.security;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before the application sees them carry the security headers and a body
 * of the app's: Tomcat's own errors ({@link RefusedRequestValve}, in place of the error
 * report valve Boot adds) and the firewall's rejections (a double slash, a semicolon, an
 * encoded slash or NUL…), answered at once with 400 rather than through an error
 * dispatch.
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequestsConfiguration {

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> RefusedRequests.write(response, request.getRequestURI(), 400);
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedRequestValve() {
		return new ValveCustomizer();
	}

	/** After Boot's own customizer, whose error report valve it replaces. */
	static final class ValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(RefusedRequestValve.class.getName());
				}
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof RefusedRequestValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new RefusedRequestValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
