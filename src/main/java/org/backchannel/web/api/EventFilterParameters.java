package org.backchannel.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OperationCustomizer;

import org.backchannel.event.Channel;
import org.backchannel.event.ConfirmationLevel;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventSearchParams;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import static org.backchannel.web.api.OpenApiConfiguration.BASIC_AUTH;
import static org.backchannel.web.api.OpenApiSchemas.array;
import static org.backchannel.web.api.OpenApiSchemas.bool;
import static org.backchannel.web.api.OpenApiSchemas.enumeration;
import static org.backchannel.web.api.OpenApiSchemas.string;

/**
 * Endpoints that take {@link EventSearchParams} get its parameters, documented with their
 * allowed values, in place of the bound record; endpoints that read the signed-in user
 * say that they are public and that signed-in editors see more.
 */
@Component
class EventFilterParameters implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		boolean filtered = Arrays.stream(handlerMethod.getMethodParameters())
			.anyMatch((parameter) -> parameter.getParameterType() == EventSearchParams.class);
		if (filtered) {
			List<Parameter> parameters = new ArrayList<>(eventFilters());
			if (operation.getParameters() != null) {
				parameters.addAll(operation.getParameters());
			}
			operation.setParameters(parameters);
		}
		boolean readsUser = Arrays.stream(handlerMethod.getMethodParameters())
			.anyMatch((parameter) -> Authentication.class.isAssignableFrom(parameter.getParameterType()));
		if (readsUser && operation.getSecurity() == null) {
			// public, and signed-in editors see more (drafts)
			operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC_AUTH)));
		}
		return operation;
	}

	static List<Parameter> eventFilters() {
		return List.of(
				query("actor", "Slug of an actor who took part; repeat for events with all of them", array(string()),
						"marco-rubio"),
				query("type", "Event type; repeat for any of several", array(enumeration(EventType.values())),
						"PHONE_CALL"),
				query("channel",
						"Channel (who talks to whom); repeat for any of several. RELATED is context, not a US–Russia contact",
						array(enumeration(Channel.values())), "LEADERS"),
				query("contact_status",
						"Whether the contact was held, or only planned, cancelled or postponed; repeat for any of several",
						array(enumeration(ContactStatus.values())), "HELD"),
				query("confirmation",
						"How sure the record is that the contact took place, derived from its readouts, sources and "
								+ "claims (BOTH_GOVERNMENTS: each side's government gave an account); repeat for any "
								+ "of several",
						array(enumeration(ConfirmationLevel.values())), "BOTH_GOVERNMENTS"),
				query("initiator", "The side that requested the contact", enumeration(Initiator.values()), "RUSSIA"),
				query("from", "First date, inclusive (YYYY-MM-DD)", string().format("date"), "2025-03-01"),
				query("to", "Last date, inclusive (YYYY-MM-DD); not before from", string().format("date"),
						"2025-05-31"),
				query("proposal", "Slug of a proposal that came up", string(), "30-day-ceasefire"),
				query("direct", "true for direct Rubio–Lavrov contacts only (the same as channel=MINISTERS)", bool(),
						Boolean.TRUE),
				query("q", "Full-text search, alias-aware (Lavrov finds Лавров)",
						string().maxLength(EventSearchParams.MAX_QUERY_LENGTH), "ceasefire"),
				query("sort", "Date order",
						enumeration(EventSearchParams.NEWEST_FIRST, EventSearchParams.OLDEST_FIRST)
							._default(EventSearchParams.NEWEST_FIRST),
						EventSearchParams.NEWEST_FIRST),
				query("updated_since", "Only events created or changed after this instant (ISO 8601)",
						string().format("date-time"), "2025-01-01T00:00:00Z"));
	}

	private static Parameter query(String name, String description, Schema<?> schema, Object example) {
		Parameter parameter = new Parameter().in("query")
			.name(name)
			.description(description)
			.required(false)
			.schema(schema)
			.example(example);
		if ("array".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("array"))) {
			parameter.explode(true).example(List.of(example));
		}
		return parameter;
	}

}
