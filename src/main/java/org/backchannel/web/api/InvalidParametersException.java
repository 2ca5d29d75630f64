package org.backchannel.web.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backchannel.event.EventFilter;
import org.backchannel.event.EventSearchParams;

/**
 * Query parameters that could not be understood, by parameter name. Answered as a 400
 * problem document naming each one.
 */
public class InvalidParametersException extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidParametersException(Map<String, String> errors) {
		super("Invalid query parameters: " + String.join(", ", errors.keySet()));
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	/**
	 * The filter the parameters ask for, or this exception if any of them is bad: the API
	 * and the exports refuse a bad filter rather than quietly ignore part of it.
	 */
	public static EventFilter filterOf(EventSearchParams params) {
		EventSearchParams.Parsed parsed = params.parse();
		if (parsed.hasErrors()) {
			throw new InvalidParametersException(parsed.errors());
		}
		return parsed.filter();
	}

	public Map<String, String> getErrors() {
		return this.errors;
	}

}
