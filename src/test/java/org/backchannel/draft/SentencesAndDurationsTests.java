package org.backchannel.draft;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence spans and lengths of contacts.
 */
class SentencesAndDurationsTests {

	@Test
	void sentencesKeepTheirSpansAndAbbreviationsDoNotEndThem() {
		String text = "U.S. Secretary of State Marco Rubio spoke with Mr. Lavrov. The call lasted an hour.\nSource: AFP";
		List<Sentence> sentences = Sentences.split(text);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("U.S. Secretary of State Marco Rubio spoke with Mr. Lavrov.", "The call lasted an hour.",
					"Source: AFP");
		for (Sentence s : sentences) {
			assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
		}
	}

	@Test
	void durationsAreReadInMinutes() {
		assertThat(Durations.find("They spoke for three hours.", 0).minutes()).isEqualTo(180);
		assertThat(Durations.find("The call lasted 2 hours and 5 minutes.", 0).minutes()).isEqualTo(125);
		assertThat(Durations.find("It lasted 70 minutes.", 0).minutes()).isEqualTo(70);
		assertThat(Durations.find("They talked for an hour and a half.", 0).minutes()).isEqualTo(90);
		assertThat(Durations.find("After a three-hour meeting, they left.", 0).minutes()).isEqualTo(180);
		assertThat(Durations.find("Talks lasted about four and a half hours.", 0).minutes()).isEqualTo(270);
		assertThat(Durations.find("Witkoff had to wait 9 hours before meeting Putin.", 0)).isNull();
	}

}
