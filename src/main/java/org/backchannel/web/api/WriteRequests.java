package org.backchannel.web.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.backchannel.model.ChangeAuthor;
import org.backchannel.model.InvalidInputException;

import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.stereotype.Component;

/**
 * What every API write shares: reading the JSON body strictly (an unknown or mistyped
 * field is a 400 naming it, never silently dropped) and the author of the change.
 */
@Component
public class WriteRequests {

	private final JsonMapper strict;

	WriteRequests(JsonMapper json) {
		this.strict = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
	}

	public <T> T read(JsonNode body, Class<T> type) {
		if (body == null || !body.isObject()) {
			throw InvalidInputException.of("body", "must be a JSON object.");
		}
		try {
			return this.strict.treeToValue(body, type);
		}
		catch (UnrecognizedPropertyException ex) {
			throw InvalidInputException.of(path(ex), "is not a known field.");
		}
		catch (InvalidFormatException ex) {
			throw InvalidInputException.of(path(ex), invalidValue(ex));
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of(path(ex),
					"could not be read: it has a value of the wrong kind; see the schema in the OpenAPI document.");
		}
	}

	/**
	 * What is wrong with a value, in the API's words: the allowed values of an enum, the
	 * expected kind of value otherwise, never a Java type's name.
	 */
	static String invalidValue(InvalidFormatException ex) {
		Class<?> target = ex.getTargetType();
		if (target != null && target.isEnum()) {
			return "must be one of " + java.util.Arrays.stream(target.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(java.util.stream.Collectors.joining(", ")) + ".";
		}
		if (target != null && (Number.class.isAssignableFrom(target) || target == int.class || target == long.class)) {
			return "must be a whole number.";
		}
		if (target == boolean.class || target == Boolean.class) {
			return "must be true or false.";
		}
		return "has a value of the wrong kind; see the schema in the OpenAPI document.";
	}

	/** The field a Jackson error is about, written as the forms write it: a[0].b. */
	static String path(JacksonException ex) {
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

	/**
	 * A new record's Location: its path under the site's own path, which behind a trusted
	 * proxy includes the proxy's prefix (X-Forwarded-Prefix).
	 */
	public static java.net.URI location(String path) {
		String contextPath = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
			.getContextPath();
		return java.net.URI.create(contextPath + path);
	}

	public static ChangeAuthor author(Authentication authentication) {
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return new ChangeAuthor(authentication.getName(), admin);
	}

}
