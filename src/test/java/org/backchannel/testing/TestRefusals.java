package org.backchannel.testing;

import java.util.List;
import java.util.Map;

import org.backchannel.http.Refusals;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * {@link Refusals} for a filter tested on its own: Spring MVC's exception resolution with
 * a plain problem advice, which renders a refusal's problem document and headers as the
 * application's advice does.
 */
public final class TestRefusals {

	private TestRefusals() {
	}

	public static Refusals refusals() {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.registerSingleton("problems", Problems.class);
		context.refresh();
		ExceptionHandlerExceptionResolver resolver = new ExceptionHandlerExceptionResolver();
		resolver.setApplicationContext(context);
		resolver.setMessageConverters(List.of(new JacksonJsonHttpMessageConverter()));
		resolver.afterPropertiesSet();
		return new Refusals(new StaticListableBeanFactory(Map.of("resolver", resolver))
			.getBeanProvider(HandlerExceptionResolver.class));
	}

	@RestControllerAdvice
	static class Problems extends ResponseEntityExceptionHandler {

	}

}
