package org.backchannel.model;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.backchannel.actor.ActorData;
import org.backchannel.event.EventData;
import org.backchannel.event.Where;
import org.backchannel.proposal.ProposalData;
import org.backchannel.source.SourceData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of the write records are the columns' limits: every {@code @Size} on a field
 * of the records the forms and the API write is compared with
 * {@code information_schema.columns} of the migrated database. A {@code varchar(n)}
 * column has {@code @Size(max = n)}; a {@code text} column has a limit of the
 * application's ({@link InputRules#LONG_TEXT}, {@link InputRules#ARCHIVED_TEXT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriteRecordLimitsTests {

	static final List<Class<?>> RECORDS = List.of(EventData.class, EventData.When.class, Where.class,
			EventData.Initiated.class, EventData.ParticipantData.class, EventData.ReadoutData.class,
			EventData.QuoteData.class, EventData.ClaimData.class, ActorData.class, ActorData.AliasData.class,
			ActorData.RoleData.class, ProposalData.class, ProposalData.PositionData.class, SourceData.class);

	/**
	 * Which column each text field is stored in; the {@link Where} group's in the event's
	 * column of the same name (see {@link #column}).
	 */
	static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("EventData.slug", "event.slug"),
			Map.entry("EventData.title", "event.title"), Map.entry("Initiated.initiatorNote", "event.initiator_note"),
			Map.entry("EventData.summary", "event.summary"), Map.entry("When.dateNote", "event.date_note"),
			Map.entry("ReadoutData.summary", "readout.summary"),
			Map.entry("ReadoutData.keyQuotes", "readout.key_quotes"),
			Map.entry("ReadoutData.language", "readout.language"), Map.entry("QuoteData.text", "quote.text"),
			Map.entry("QuoteData.context", "quote.context"), Map.entry("ClaimData.text", "claim.text"),
			Map.entry("ActorData.slug", "actor.slug"), Map.entry("ActorData.name", "actor.name"),
			Map.entry("ActorData.description", "actor.description"), Map.entry("AliasData.name", "actor_alias.name"),
			Map.entry("AliasData.language", "actor_alias.language"), Map.entry("RoleData.title", "actor_role.title"),
			Map.entry("RoleData.organization", "actor_role.organization"),
			Map.entry("ProposalData.slug", "proposal.slug"), Map.entry("ProposalData.title", "proposal.title"),
			Map.entry("ProposalData.summary", "proposal.summary"),
			Map.entry("PositionData.note", "proposal_position.note"), Map.entry("SourceData.outlet", "source.outlet"),
			Map.entry("SourceData.title", "source.title"), Map.entry("SourceData.url", "source.url"),
			Map.entry("SourceData.language", "source.language"), Map.entry("SourceData.agencies", "source.agencies"),
			Map.entry("SourceData.archivedText", "source.archived_text"),
			Map.entry("SourceData.voiceOf", "source.voice_of"));

	private static final String WHERE = Where.class.getSimpleName() + ".";

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySizeOnTheWriteRecordsEqualsItsColumnsLength() {
		Map<String, Integer> sizes = sizes();
		// every @Size names its column here, and every column here has its @Size
		assertThat(sizes.keySet().stream().filter((field) -> !field.startsWith(WHERE)))
			.containsExactlyInAnyOrderElementsOf(COLUMNS.keySet());
		Map<String, Integer> lengths = new LinkedHashMap<>();
		Map<String, String> types = new LinkedHashMap<>();
		this.jdbc.sql("""
				select table_name, column_name, data_type, character_maximum_length from information_schema.columns
				where table_schema = current_schema()
				""").query((rs) -> {
			String column = rs.getString("table_name") + "." + rs.getString("column_name");
			types.put(column, rs.getString("data_type"));
			int length = rs.getInt("character_maximum_length");
			lengths.put(column, rs.wasNull() ? null : length);
		});
		sizes.forEach((field, max) -> {
			String column = column(field);
			assertThat(types).as(column).containsKey(column);
			if (lengths.get(column) != null) {
				assertThat(max).as("@Size(max) of %s, the length of %s", field, column).isEqualTo(lengths.get(column));
			}
			else {
				assertThat(types.get(column)).as(column).isIn("text", "ARRAY");
				assertThat(max).as(field).isIn(InputRules.LONG_TEXT, InputRules.ARCHIVED_TEXT);
			}
		});
	}

	/**
	 * The column a field is stored in: a {@code Where} component in the event's column
	 * named after it ({@code Where.place} in {@code event.place}), as the entity embeds
	 * the group.
	 */
	private static String column(String field) {
		if (field.startsWith(WHERE)) {
			return "event." + JdbcUtils.convertPropertyNameToUnderscoreName(field.substring(WHERE.length()));
		}
		return COLUMNS.get(field);
	}

	/** Every {@code @Size(max)} on the records' fields and on their lists' elements. */
	private static Map<String, Integer> sizes() {
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (Class<?> type : RECORDS) {
			for (RecordComponent component : type.getRecordComponents()) {
				String name = type.getSimpleName() + "." + component.getName();
				Size size = field(type, component.getName()).getAnnotation(Size.class);
				// a list's own @Size is its cap of rows (ListCapsTests), not a column's
				// length
				if (size != null && !java.util.Collection.class.isAssignableFrom(component.getType())) {
					sizes.put(name, size.max());
				}
				AnnotatedType annotated = component.getAnnotatedType();
				if (annotated instanceof AnnotatedParameterizedType parameterized) {
					for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
						Size elementSize = argument.getAnnotation(Size.class);
						if (elementSize != null) {
							sizes.put(name, elementSize.max());
						}
					}
				}
			}
		}
		return sizes;
	}

	private static java.lang.reflect.Field field(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
