package org.backchannel.web.api;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Makes the schemas of the API's records say what the server does: every property of a
 * record the server answers with is always sent ({@code required}), and a property may be
 * {@code null} exactly where its record component (or {@code @JsonProperty} accessor) is
 * annotated with JSpecify's {@link Nullable}: {@code "type": ["string", "null"]} for a
 * value, {@code oneOf} with {@code {"type": "null"}} for a record or an enum. Records
 * read from request bodies ({@code *Data}, {@code *Request}, and the records nested in
 * them) keep only the required fields their validation declares; their nullable fields
 * may be sent as null. A component declared {@code requiredMode = NOT_REQUIRED} (the
 * problem's extensions) is left out of {@code required}. A group of fields unwrapped into
 * its holder ({@code @JsonUnwrapped Where where}, shared by {@code EventData} and
 * {@code EventDetail}) is described as part of its holder: its components' nullability
 * counts in an answer, and in a request body only its validation does.
 */
@Component
class ContractModelConverter implements ModelConverter {

	private static final String PACKAGE = "org.backchannel.";

	/** The types being resolved, innermost first: who holds the group being resolved. */
	private static final ThreadLocal<Deque<Class<?>>> RESOLVING = ThreadLocal.withInitial(ArrayDeque::new);

	@Override
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Class<?> raw = rawClass(type);
		Deque<Class<?>> holders = RESOLVING.get();
		// the nearest other type: a converter down the chain may resolve the same type
		// again
		Class<?> holder = holders.stream().filter((outer) -> outer != raw).findFirst().orElse(null);
		boolean unwrapped = raw != null && holder != null && unwraps(holder, raw);
		Schema<?> schema;
		holders.push((raw != null) ? raw : Object.class);
		try {
			schema = chain.next().resolve(type, context, chain);
		}
		finally {
			holders.pop();
		}
		if (schema == null || raw == null || !raw.isRecord() || !raw.getName().startsWith(PACKAGE) || unwrapped) {
			return schema;
		}
		Schema<?> model = schema;
		if (schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			model = context.getDefinedModels().get(name);
		}
		if (model != null && model.getProperties() != null) {
			describe(raw, model);
		}
		return schema;
	}

	private static Class<?> rawClass(AnnotatedType type) {
		if (type.getType() == null) {
			return null;
		}
		JavaType javaType = Json.mapper().constructType(type.getType());
		return javaType.getRawClass();
	}

	/**
	 * Whether the record being resolved unwraps the group into its own properties: the
	 * group is then described as part of its holder, not on its own.
	 */
	private static boolean unwraps(Class<?> holder, Class<?> group) {
		return holder.isRecord() && Arrays.stream(holder.getRecordComponents())
			.anyMatch((component) -> component.getType() == group && isUnwrapped(holder, component));
	}

	/** A request body's record, or a group of its fields (EventData.When). */
	static boolean isInput(Class<?> record) {
		String name = record.getSimpleName();
		return name.endsWith("Data") || name.endsWith("Request")
				|| (record.getEnclosingClass() != null && isInput(record.getEnclosingClass()));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> record, Schema<?> model) {
		Map<String, Schema> properties = model.getProperties();
		for (String name : nullable(record)) {
			Schema property = properties.get(name);
			if (property != null && !isNullable(property)) {
				// a copy: a group's property schemas are shared by the records holding it
				properties.put(name, nullable(AnnotationsUtils.clone(property, true)));
			}
		}
		if (!isInput(record)) {
			List<String> required = new ArrayList<>(properties.keySet());
			required.removeAll(optional(record));
			model.setRequired(required);
		}
	}

	/** Components declared as sometimes left out: {@code requiredMode = NOT_REQUIRED}. */
	private static Set<String> optional(Class<?> record) {
		Set<String> names = new LinkedHashSet<>();
		for (RecordComponent component : record.getRecordComponents()) {
			try {
				io.swagger.v3.oas.annotations.media.Schema schema = record.getDeclaredField(component.getName())
					.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
				if (schema != null && schema.requiredMode() == RequiredMode.NOT_REQUIRED) {
					names.add(component.getName());
				}
			}
			catch (NoSuchFieldException ex) {
				// every record component has its field
			}
		}
		return names;
	}

	/** The JSON names of the record's nullable properties. */
	private static Set<String> nullable(Class<?> record) {
		Set<String> names = new LinkedHashSet<>();
		for (RecordComponent component : record.getRecordComponents()) {
			if (isNullable(component.getAnnotatedType()) || isNullable(component)) {
				names.add(component.getName());
			}
		}
		if (!isInput(record)) {
			for (RecordComponent component : record.getRecordComponents()) {
				if (isUnwrapped(record, component) && component.getType().isRecord()) {
					names.addAll(nullable(component.getType()));
				}
			}
		}
		for (Method method : record.getDeclaredMethods()) {
			com.fasterxml.jackson.annotation.JsonProperty property = method
				.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
			if (property != null && isNullable(method.getAnnotatedReturnType())) {
				names.add(property.value().isEmpty() ? method.getName() : property.value());
			}
		}
		return names;
	}

	private static boolean isUnwrapped(Class<?> record, RecordComponent component) {
		try {
			return record.getDeclaredField(component.getName()).isAnnotationPresent(JsonUnwrapped.class);
		}
		catch (NoSuchFieldException ex) {
			return false;
		}
	}

	private static boolean isNullable(AnnotatedElement element) {
		return element.isAnnotationPresent(Nullable.class);
	}

	private static boolean isNullable(Schema<?> schema) {
		return (schema.getTypes() != null && schema.getTypes().contains("null")) || (schema.getOneOf() != null
				&& schema.getOneOf().stream().anyMatch((option) -> isNullable((Schema<?>) option)));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.get$ref() != null || property.getEnum() != null) {
			// a reference or an enum: one of it or null, the description beside them
			Schema option = property;
			Schema wrapper = new Schema();
			// keeps the property's name: a record unwrapped into another
			// ({@code @JsonUnwrapped}) hands its property schemas over by their names
			wrapper.setName(property.getName());
			if (property.get$ref() == null) {
				wrapper.setDescription(property.getDescription());
				option.setDescription(null);
			}
			else {
				wrapper.setDescription(property.getDescription());
				option = new Schema().$ref(property.get$ref());
			}
			Schema none = new Schema();
			none.addType("null");
			wrapper.setOneOf(List.of(option, none));
			return wrapper;
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		return property;
	}

}
