package org.backchannel.draft;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link ContactSides#judge} says of a sentence, asserted in one line. */
final class Verdicts {

	private Verdicts() {
	}

	static void assertNoContact(String sentence, Set<String> sides, List<String> people) {
		assertThat(ContactSides.judge(sentence, sides, people).contact()).as(sentence).isFalse();
	}

	static void assertContact(String sentence, Set<String> sides, List<String> people) {
		assertThat(ContactSides.judge(sentence, sides, people).contact()).as(sentence).isTrue();
	}

	static void assertNoContactBecause(String reason, String sentence, Set<String> sides, List<String> people) {
		ContactSides.Verdict verdict = ContactSides.judge(sentence, sides, people);
		assertThat(verdict.contact()).as(sentence).isFalse();
		assertThat(verdict.reason()).contains(reason);
	}

}
