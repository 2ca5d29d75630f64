package org.backchannel.draft;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where in the pasted text a proposed field comes from: the sentence, as character
 * offsets into the text exactly as it was sent (UTF-16 code units, as Java and JavaScript
 * count; {@code end} exclusive), and the words in it that decided the field.
 */
@Schema(description = "The sentence a field comes from: offsets into the submitted text (UTF-16 code units, end exclusive)")
public record Evidence(@Schema(description = "Offset of the sentence's first character", example = "0") int start,
		@Schema(description = "Offset just past the sentence's last character", example = "176") int end,
		@Schema(description = "The sentence itself") String text,
		@Schema(description = "Offset of the words that decided the field") int matchStart,
		@Schema(description = "Offset just past those words") int matchEnd,
		@Schema(description = "Those words, e.g. \"on March 15\"") String match) {

	static Evidence of(Sentence sentence, int matchStart, int matchEnd, String source) {
		return new Evidence(sentence.start(), sentence.end(), sentence.text(), matchStart, matchEnd,
				source.substring(matchStart, matchEnd));
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
