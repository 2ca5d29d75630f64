package org.backchannel.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Submitted data that breaks a rule, with a message per field path: shown next to each
 * field by the forms, returned as problem+json field errors by the API.
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> errors;

	private final Class<?> record;

	public InvalidInputException(Map<String, String> errors) {
		this(errors, null);
	}

	/**
	 * @param record the write record whose field paths {@code errors} names, so that the
	 * API can name the same fields as they stand in JSON ({@link JsonFieldPath})
	 */
	public InvalidInputException(Map<String, String> errors, Class<?> record) {
		super("Invalid input: " + String.join(", ", errors.keySet()));
		this.errors = new LinkedHashMap<>(errors);
		this.record = record;
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(Map.of(field, message));
	}

	/** One message per field path of the record (when.date), as the forms bind them. */
	public Map<String, String> getErrors() {
		return this.errors;
	}

	/** One message per field as the record's JSON names it (date), for the API. */
	public Map<String, String> getJsonErrors() {
		if (this.record == null) {
			return this.errors;
		}
		Map<String, String> json = new LinkedHashMap<>();
		this.errors.forEach((field, message) -> json.putIfAbsent(JsonFieldPath.of(this.record, field), message));
		return json;
	}

}
