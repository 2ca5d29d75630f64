package org.backchannel.web.api;

import java.util.ArrayList;
import java.util.Arrays;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Schemas for the parts of the OpenAPI document written by hand (the event filters, the
 * error headers).
 */
final class OpenApiSchemas {

	private OpenApiSchemas() {
	}

	static Schema<Object> string() {
		return typed("string");
	}

	static Schema<Object> bool() {
		return typed("boolean");
	}

	static Schema<Object> array(Schema<?> items) {
		Schema<Object> array = typed("array");
		array.setItems(items);
		return array;
	}

	static Schema<Object> enumeration(Enum<?>... values) {
		return enumeration(Arrays.stream(values).map(Enum::name).toArray(String[]::new));
	}

	static Schema<Object> enumeration(String... values) {
		Schema<Object> schema = string();
		schema.setEnum(new ArrayList<>(Arrays.asList(values)));
		return schema;
	}

	/**
	 * OpenAPI 3.1 schemas list their types ({@code types}); 3.0 tools read {@code type}.
	 */
	static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.addType(type);
		return schema;
	}

}
