package org.backchannel.model;

import org.backchannel.event.EventData;
import org.backchannel.source.SourceData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API names a field as the JSON does: the groups of a write record that JSON unwraps
 * have no level of their own there.
 */
class JsonFieldPathTests {

	@Test
	void aFieldOfAnUnwrappedGroupIsNamedWithoutItsGroup() {
		assertThat(JsonFieldPath.of(EventData.class, "when.date")).isEqualTo("date");
		assertThat(JsonFieldPath.of(EventData.class, "where.country")).isEqualTo("country");
		assertThat(JsonFieldPath.of(EventData.class, "initiated.initiatorActor")).isEqualTo("initiatorActor");
	}

	@Test
	void otherPathsStayAsTheyAre() {
		assertThat(JsonFieldPath.of(EventData.class, "title")).isEqualTo("title");
		assertThat(JsonFieldPath.of(EventData.class, "participants[1].actor")).isEqualTo("participants[1].actor");
		assertThat(JsonFieldPath.of(EventData.class, "readouts[0].keyQuotes[2]")).isEqualTo("readouts[0].keyQuotes[2]");
		assertThat(JsonFieldPath.of(EventData.class, "form")).isEqualTo("form");
		assertThat(JsonFieldPath.of(SourceData.class, "published")).isEqualTo("published");
	}

}
