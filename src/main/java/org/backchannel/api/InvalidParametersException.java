package org.backchannel.api;

import java.util.Map;

/**
 * Query parameters that could not be understood, by parameter name.
 */
class InvalidParametersException extends RuntimeException {

	private final Map<String, String> errors;

	InvalidParametersException(Map<String, String> errors) {
		super("Invalid query parameters: " + String.join(", ", errors.keySet()));
		this.errors = Map.copyOf(errors);
	}

	Map<String, String> getErrors() {
		return this.errors;
	}

}
