package org.backchannel.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.backchannel.model.LookAlikes;
import org.backchannel.source.Source;
import org.backchannel.source.SourceReadService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of an actor that Bean Validation on {@link ActorData} cannot check: each
 * spelling is listed once, a role ends after it starts and cites a source that exists,
 * and neither the name nor an alias looks the same as another actor's name or alias while
 * being written differently ({@link LookAlikes}: "Marco Rubio" with a Cyrillic "о" or a
 * zero-width space is not a new actor).
 */
@Component
public class ActorValidator implements Validator {

	private final SourceReadService sources;

	private final JdbcClient jdbc;

	ActorValidator(SourceReadService sources, JdbcClient jdbc) {
		this.sources = sources;
		this.jdbc = jdbc;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ActorData.class.isAssignableFrom(type);
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(Object target, Errors errors) {
		ActorData data = (ActorData) target;
		validate(data, cited(data), errors);
		// on the edit form the slug is the actor's own
		lookAlikes(data, data.slug(), errors);
	}

	/**
	 * Refuses a name or alias that looks the same as another actor's name or alias but is
	 * written with other characters; {@code self} (the actor's slug, null for a new one)
	 * may look like itself. Every name is compared, in one query: actors are hundreds,
	 * and this runs only on a write.
	 */
	void lookAlikes(ActorData data, String self, Errors errors) {
		Map<String, List<LookAlikes.Named>> known = LookAlikes.bySkeleton(this.jdbc.sql("""
				select a.slug, a.name from actor a
				union all
				select a.slug, x.name from actor_alias x join actor a on a.id = x.actor_id
				""").query(LookAlikes.Named.class).list(), self);
		lookAlike(known, "name", data.name(), errors);
		for (int i = 0; i < data.aliases().size(); i++) {
			lookAlike(known, "aliases[" + i + "].name", data.aliases().get(i).name(), errors);
		}
	}

	private static void lookAlike(Map<String, List<LookAlikes.Named>> known, String field, String name, Errors errors) {
		LookAlikes.Named other = errors.hasFieldErrors(field) ? null : LookAlikes.lookAlikeOf(known, name);
		if (other != null) {
			errors.rejectValue(field, "validation.lookAlike", new Object[] { other.name(), other.slug(), "actor" },
					"looks the same as “" + other.name() + "” (" + other.slug()
							+ "), another actor already recorded, but is written with different characters.");
		}
	}

	/** The sources the actor's roles cite, in one query. */
	Map<Long, Source> cited(ActorData data) {
		Set<Long> sourceIds = data.roles()
			.stream()
			.map(ActorData.RoleData::source)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return this.sources.findEntitiesById(sourceIds);
	}

	void validate(ActorData data, Map<Long, Source> cited, Errors errors) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < data.aliases().size(); i++) {
			String name = data.aliases().get(i).name();
			if (name != null && !names.add(name)) {
				errors.rejectValue("aliases[" + i + "].name", "validation.listedTwice", "is listed twice.");
			}
		}
		for (int i = 0; i < data.roles().size(); i++) {
			ActorData.RoleData role = data.roles().get(i);
			LocalDate start = day(role.startDate());
			LocalDate end = day(role.endDate());
			if (start != null && end != null && end.isBefore(start)) {
				errors.rejectValue("roles[" + i + "].endDate", "validation.endDate.beforeStart",
						"must not be before the start date.");
			}
			if (role.source() != null && !cited.containsKey(role.source())) {
				errors.rejectValue("roles[" + i + "].source", "validation.unknownSource",
						new Object[] { String.valueOf(role.source()) },
						"names no known source (#" + role.source() + ").");
			}
		}
	}

	private static LocalDate day(String value) {
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
