package org.backchannel.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Records built by naming the components a test cares about: the others are null (or 0,
 * false), so a test that builds a group of fields ({@code Where}) keeps compiling when a
 * field is added to the group.
 */
public final class Records {

	private static final Map<Class<?>, Object> PRIMITIVE_DEFAULTS = Map.of(boolean.class, false, int.class, 0,
			long.class, 0L, double.class, 0.0, float.class, 0f, short.class, (short) 0, byte.class, (byte) 0,
			char.class, '\0');

	private Records() {
	}

	/**
	 * The record with the given components set:
	 * {@code of(Where.class, "place", "Riyadh")}.
	 */
	public static <T extends Record> T of(Class<T> type, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("expected name, value pairs");
		}
		RecordComponent[] components = type.getRecordComponents();
		List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			args[i] = PRIMITIVE_DEFAULTS.get(components[i].getType());
		}
		for (int i = 0; i < namesAndValues.length; i += 2) {
			int index = names.indexOf((String) namesAndValues[i]);
			if (index < 0) {
				throw new IllegalArgumentException(type.getSimpleName() + " has no component " + namesAndValues[i]);
			}
			args[index] = namesAndValues[i + 1];
		}
		try {
			return type
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
				.newInstance(args);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
