package org.backchannel.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot's error controller with problem+json for clients that do not ask for HTML
 * ({@link ProblemErrorController}); Boot's own backs off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ErrorControllerConfiguration {

	@Bean
	ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		return new ProblemErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
	}

}
