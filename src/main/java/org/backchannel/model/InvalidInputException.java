package org.backchannel.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Submitted data that breaks a rule, with a message per field path: shown next to each
 * field by the forms, returned as problem+json field errors by the API.
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidInputException(Map<String, String> errors) {
		super("Invalid input: " + String.join(", ", errors.keySet()));
		this.errors = new LinkedHashMap<>(errors);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(Map.of(field, message));
	}

	public Map<String, String> getErrors() {
		return this.errors;
	}

}
