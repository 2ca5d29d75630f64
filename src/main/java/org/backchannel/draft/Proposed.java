package org.backchannel.draft;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One proposed field: its value, the sentence it comes from, how sure the rule that found
 * it is, and why. A field the text does not support has no value and no evidence, and the
 * reason says so.
 *
 * @param <T> the field's value type
 */
@Schema(description = "A proposed field: value (null when the text does not support one), evidence, confidence and reason")
public record Proposed<T>(@Schema(description = "The proposed value; null when the text gives none") @Nullable T value,
		@Schema(description = "The sentence it comes from; null when there is no value") @Nullable Evidence evidence,
		@Schema(description = "How sure the rule is, from 0 to 1", example = "0.9") double confidence,
		@Schema(description = "Why this value (or why none)",
				example = "\"on March 15\" in the sentence that reports the contact") String reason) {

	static <T> Proposed<T> none(String reason) {
		return new Proposed<>(null, null, 0, reason);
	}

	static <T> Proposed<T> of(T value, Evidence evidence, double confidence, String reason) {
		return new Proposed<>(value, evidence, confidence, reason);
	}

	@JsonIgnore
	@Schema(hidden = true)
	public boolean isPresent() {
		return this.value != null;
	}

}
