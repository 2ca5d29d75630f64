package org.backchannel.account;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which new passwords the policy refuses, and with which message: the length rules and
 * the user name by themselves, everything easy to guess by zxcvbn's estimate, with its
 * feedback as the reason.
 */
class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	/** What issue 29 found accepted: a repeated word, digits, a keyboard row, … */
	static final List<String> FOUND_WEAK = List.of("passwordpassword", "123456789012", "qwertyuiopas", "abababababab",
			"aaaaaaaaaaa1", "Backchannel2026!");

	/** More of the same kinds, and a common word with a year and symbols. */
	static final List<String> MORE_WEAK = List.of("letmeinletmein", "1q2w3e4r5t6y", "zaq12wsxcde3", "P@ssw0rd12345",
			"abcdefghijkl", "qazwsxedcrfv", "Sunshine2025!!", "Monkey123456!", "iloveyou1234", "asdfghjkl;123",
			"backchannel-admin", "987654321098", "            ", "Summer2026!!!", "éa".repeat(24));

	static final List<String> STRONG = List.of("river stones under a late moon", "correct horse battery staple",
			"violet tractor lemonade", "my cat eats paper clips", "Blue-Harbor-Sparrow-42", "kettle on the windowsill",
			"lantern-quietly-orbits-7", "gate-keeper-for-tests", "Zx9!kq2#Lm4@vB7$", "тихий вечер над рекой");

	@Test
	void longUncommonPassphrasesWithoutTheNameAreAccepted() {
		for (String password : STRONG) {
			assertThat(this.policy.problem("ada", password)).as(password).isEmpty();
		}
	}

	@Test
	void repeatsDigitsKeyboardRowsSequencesCommonWordsAndTheSitesNameAreTooEasyToGuess() {
		for (String password : concat(FOUND_WEAK, MORE_WEAK)) {
			assertThat(code("ada", password)).as(password).isEqualTo("password.policy.weak");
		}
	}

	@Test
	void theMessageSaysWhyInTheEstimatorsWords() {
		assertThat(reason("asdfghjkl;123")).contains("rows of keys");
		assertThat(reason("passwordpassword")).contains("Repeats like");
		assertThat(reason("abcdefghijkl")).contains("Sequences like abc");
		assertThat(reason("Sunshine2025!!")).contains("Add another word or two");
	}

	@Test
	void theUserNameAndWhoeverSetsThePasswordAreWordsTriedFirst() {
		// fine for anyone else, weak for Kateryna Bondarenko or when she sets it
		String password = "bondarenko.kateryna";
		assertThat(this.policy.problem("ada", password)).isEmpty();
		assertThat(code("kateryna.bondarenko", password)).isEqualTo("password.policy.weak");
		assertThat(code("ada", password, "kateryna.bondarenko")).isEqualTo("password.policy.weak");
	}

	@Test
	void eachRuleHasItsOwnMessage() {
		assertThat(code("ada", null)).isEqualTo("password.policy.required");
		assertThat(code("ada", "")).isEqualTo("password.policy.required");
		assertThat(code("ada", "é".repeat(36) + "x")).isEqualTo("password.policy.tooLong");
		assertThat(code("ada", "a".repeat(100))).as("too long beats weak").isEqualTo("password.policy.tooLong");
		String seventyTwoBytes = "river stones under a late moon, kettle on the windowsill, violet tractor";
		assertThat(seventyTwoBytes.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(72);
		assertThat(code("ada", seventyTwoBytes)).isNull();
		assertThat(code("ada", seventyTwoBytes + "s")).isEqualTo("password.policy.tooLong");
		assertThat(code("ada", "short")).isEqualTo("password.policy.tooShort");
		assertThat(code("ada", "\uD83D\uDE00".repeat(11))).as("characters, not UTF-16 units")
			.isEqualTo("password.policy.tooShort");
		assertThat(code("kateryna", "my-KaTeRyNa-phrase")).isEqualTo("password.policy.username");
		assertThat(code("kateryna", "xx-anyretak-xx-reversed")).as("the name backwards too")
			.isEqualTo("password.policy.username");
	}

	@Test
	void theTooLongMessageSaysHowManyBytes() {
		MessageSourceResolvable problem = this.policy.problem("ada", "ж".repeat(37)).orElseThrow();
		assertThat(problem.getArguments()).containsExactly(72, 74);
	}

	@Test
	void aCheckTakesMilliseconds() {
		this.policy.problem("ada", "warm the dictionaries up");
		long start = System.nanoTime();
		for (String password : STRONG) {
			this.policy.problem("ada", password);
		}
		assertThat((System.nanoTime() - start) / 1_000_000 / STRONG.size()).as("milliseconds each").isLessThan(1_000);
	}

	private String code(String username, String password, String... related) {
		Optional<MessageSourceResolvable> problem = this.policy.problem(username, password, related);
		return problem.map((message) -> message.getCodes()[0]).orElse(null);
	}

	private String reason(String password) {
		MessageSourceResolvable problem = this.policy.problem("ada", password).orElseThrow();
		assertThat(problem.getCodes()[0]).isEqualTo("password.policy.weak");
		return (String) problem.getArguments()[0];
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
