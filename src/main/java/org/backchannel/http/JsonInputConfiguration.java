package org.backchannel.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL text cannot hold NUL, and no field means anything with one: a JSON body
 * whose strings contain {@code \u0000} is refused while it is read (a 400 naming the
 * field), before any lookup or write sees it.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer refuseNulInJsonStrings() {
		SimpleModule module = new SimpleModule("refuse-nul");
		module.addDeserializer(String.class, new NoNulStringDeserializer());
		return (builder) -> builder.addModule(module);
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
