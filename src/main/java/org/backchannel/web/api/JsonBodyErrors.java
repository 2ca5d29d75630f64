package org.backchannel.web.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.backchannel.http.RequestBodies;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What Jackson's refusal of a request body says, in the API's words: the field as the
 * forms write it ({@code a[0].b}) and what is wrong with it (an unknown field, the
 * allowed values of an enum, the kind of value expected), never a Java type's name.
 */
final class JsonBodyErrors {

	static final String NOT_WELL_FORMED = "is not well-formed JSON: send one JSON object, as the OpenAPI document describes.";

	static final String NOT_AN_OBJECT = "must be a JSON object.";

	static final String WRONG_KIND = "has a value of the wrong kind; see the schema in the OpenAPI document.";

	private JsonBodyErrors() {
	}

	/**
	 * The field and its message for a body that could not be read: the body itself when
	 * it is not a JSON object or not JSON at all.
	 */
	static Map.Entry<String, String> of(HttpMessageNotReadableException ex, HttpServletRequest request) {
		Optional<Map.Entry<String, String>> error = of(ex);
		if (error.isEmpty() && ex.getCause() == null && RequestBodies.hasBody(request)) {
			// JSON null where the object belongs: Spring finds no body
			return Map.entry("body", NOT_AN_OBJECT);
		}
		return error.orElse(Map.entry("body", NOT_WELL_FORMED));
	}

	/**
	 * The field and its message for a body Jackson could not map; empty when the body is
	 * not well-formed JSON at all (or Jackson is not the cause).
	 */
	static Optional<Map.Entry<String, String>> of(Throwable failure) {
		JacksonException ex = jacksonCause(failure);
		if (ex == null || (ex instanceof StreamReadException && !(ex instanceof InputCoercionException))) {
			return Optional.empty();
		}
		String path = path(ex);
		if (ex instanceof UnrecognizedPropertyException) {
			return Optional.of(Map.entry(path, "is not a known field."));
		}
		if (ex instanceof InvalidFormatException invalid) {
			return Optional.of(Map.entry(path, invalidValue(invalid)));
		}
		if (ex instanceof MismatchedInputException && !(ex instanceof ValueInstantiationException)
				&& ex.getPath().isEmpty()) {
			String message = String.valueOf(ex.getOriginalMessage());
			// No content, or more than one value: not JSON the API reads.
			if (message.startsWith("No content") || message.startsWith("Trailing token")) {
				return Optional.empty();
			}
			return Optional.of(Map.entry("body", NOT_AN_OBJECT));
		}
		return Optional.of(Map.entry(path, "could not be read: it " + WRONG_KIND));
	}

	private static JacksonException jacksonCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static String invalidValue(InvalidFormatException ex) {
		Class<?> target = ex.getTargetType();
		if (target != null && target.isEnum()) {
			return "must be one of " + Arrays.stream(target.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")) + ".";
		}
		if (target != null && (Number.class.isAssignableFrom(target) || target == int.class || target == long.class)) {
			return "must be a whole number.";
		}
		if (target == boolean.class || target == Boolean.class) {
			return "must be true or false.";
		}
		return WRONG_KIND;
	}

	/** The field a Jackson error is about, written as the forms write it: a[0].b. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
