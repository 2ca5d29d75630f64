package org.backchannel.account;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which new passwords the policy refuses, and with which message.
 */
class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongUncommonPassphraseWithoutTheNameIsAccepted() {
		assertThat(this.policy.problem("ada", "river stones under a late moon")).isEmpty();
		assertThat(this.policy.problem("ada", "éa".repeat(24))).as("72 bytes exactly").isEmpty();
		assertThat(this.policy.problem("ada", "Zx9!kq2#Lm4@")).isEmpty();
	}

	@Test
	void eachRuleHasItsOwnMessage() {
		assertThat(code("ada", null)).isEqualTo("password.policy.required");
		assertThat(code("ada", "")).isEqualTo("password.policy.required");
		assertThat(code("ada", "é".repeat(36) + "x")).isEqualTo("password.policy.tooLong");
		assertThat(code("ada", "a".repeat(100))).as("too long beats repeated").isEqualTo("password.policy.tooLong");
		assertThat(code("ada", "short")).isEqualTo("password.policy.tooShort");
		assertThat(code("ada", "\uD83D\uDE00".repeat(11))).as("characters, not UTF-16 units")
			.isEqualTo("password.policy.tooShort");
		assertThat(code("ada", " ".repeat(12))).isEqualTo("password.policy.blank");
		assertThat(code("ada", " \t\u00A0 \t\u00A0 \t\u00A0 \t\u00A0")).isEqualTo("password.policy.blank");
		assertThat(code("ada", "aaaaaaaaaaaa")).isEqualTo("password.policy.repeated");
		assertThat(code("kateryna", "my-KaTeRyNa-phrase")).isEqualTo("password.policy.username");
		assertThat(code("kateryna", "anyrètak-reversed")).isNull();
		assertThat(code("kateryna", "xx-anyretak-xx-reversed")).as("the name backwards too")
			.isEqualTo("password.policy.username");
		assertThat(code("ada", "qwerty123456")).isEqualTo("password.policy.common");
		assertThat(code("ada", "QWERTY123456")).isEqualTo("password.policy.common");
		assertThat(code("ada", "Sunshine2025!!")).as("a common word with digits and symbols added")
			.isEqualTo("password.policy.common");
		assertThat(code("ada", "!!!Dragon123456")).isEqualTo("password.policy.common");
	}

	@Test
	void theTooLongMessageSaysHowManyBytes() {
		MessageSourceResolvable problem = this.policy.problem("ada", "ж".repeat(37)).orElseThrow();
		assertThat(problem.getArguments()).containsExactly(72, 74);
	}

	private String code(String username, String password) {
		Optional<MessageSourceResolvable> problem = this.policy.problem(username, password);
		return problem.map((message) -> message.getCodes()[0]).orElse(null);
	}

}
