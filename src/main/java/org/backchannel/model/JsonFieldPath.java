package org.backchannel.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A write record's field path (as Bean Validation, the forms and the rules name it) as
 * its JSON names the same field: a component marked {@link JsonUnwrapped} has no level of
 * its own in JSON, so its segment is left out ({@code when.date} is {@code date},
 * {@code participants[0].actor} stays as it is).
 */
public final class JsonFieldPath {

	private JsonFieldPath() {
	}

	public static String of(Class<?> record, String path) {
		List<String> json = new ArrayList<>();
		Type type = record;
		for (String segment : path.split("\\.")) {
			int bracket = segment.indexOf('[');
			String name = (bracket >= 0) ? segment.substring(0, bracket) : segment;
			RecordComponent component = component(type, name);
			if (component == null || !unwrapped(component) || bracket >= 0) {
				json.add(segment);
			}
			type = (component == null) ? null
					: (bracket >= 0) ? element(component.getGenericType()) : component.getGenericType();
		}
		return String.join(".", json);
	}

	/**
	 * {@link JsonUnwrapped} does not target record components: Java puts it on the
	 * component's accessor (and field and constructor parameter) instead.
	 */
	private static boolean unwrapped(RecordComponent component) {
		return component.getAccessor().isAnnotationPresent(JsonUnwrapped.class);
	}

	private static RecordComponent component(Type type, String name) {
		if (type instanceof Class<?> cls && cls.isRecord()) {
			for (RecordComponent component : cls.getRecordComponents()) {
				if (component.getName().equals(name)) {
					return component;
				}
			}
		}
		return null;
	}

	/** The element type of a {@code List<T>}, where a path indexes a list. */
	private static Type element(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
			Type argument = parameterized.getActualTypeArguments()[0];
			return (argument instanceof ParameterizedType inner) ? inner.getRawType() : argument;
		}
		return null;
	}

}
