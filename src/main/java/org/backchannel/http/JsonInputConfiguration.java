package org.backchannel.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * PostgreSQL text cannot hold NUL, and no field means anything with one: a JSON body
 * whose strings contain {@code \u0000} is refused while it is read (a 400 naming the
 * field), before any lookup or write sees it. A request body is read strictly: a field
 * the record does not have, or null where a number or a boolean belongs, is refused (the
 * API's advice names the field), never silently dropped.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer refuseNulInJsonStrings() {
		SimpleModule module = new SimpleModule("refuse-nul");
		module.addDeserializer(String.class, new NoNulStringDeserializer());
		return (builder) -> builder.addModule(module);
	}

	/**
	 * The JSON converter of Spring MVC reads request bodies with the application's mapper
	 * made strict; the mapper itself stays lenient for everything else (the history's
	 * stored snapshots, say). After Boot's own customizer (order 0), which it replaces.
	 */
	@Bean
	@Order(1)
	ServerHttpMessageConvertersCustomizer strictJsonBodies(JsonMapper json) {
		JsonMapper strict = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		return (converters) -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
	}

	static final class NoNulStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\u0000') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, value,
						"must not contain the NUL character (U+0000)");
			}
			return value;
		}

	}

}
