package org.backchannel.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.passay.PasswordData;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.Dictionary;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, at account creation and at a reset: at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt
 * ignores the rest), not only white space or one character repeated, without the user
 * name in it (either way round, in any case), and not a common password, even with digits
 * or symbols added before or after it. The common passwords are
 * {@code common-passwords.txt} (about 31,000, from zxcvbn and John the Ripper).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** bcrypt's limit: it never reads past the 72nd byte. */
	static final int MAX_BYTES = 72;

	private final Dictionary commonPasswords;

	private final UsernameRule usernameRule = new UsernameRule(true, true);

	PasswordPolicy() {
		this.commonPasswords = new WordListDictionary(
				new ArrayWordList(readWords("common-passwords.txt"), false, new ArraysSort()));
	}

	private static String[] readWords(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.strip().toLowerCase(Locale.ROOT))
				.distinct()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords cannot be read", ex);
		}
	}

	/**
	 * What is wrong with this password for this user, as a message from
	 * {@code messages.properties}; empty if nothing is.
	 */
	public Optional<MessageSourceResolvable> problem(String username, String password) {
		if (password == null || password.isEmpty()) {
			return message("password.policy.required");
		}
		int bytes = password.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			return message("password.policy.tooLong", MAX_BYTES, bytes);
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return message("password.policy.tooShort", MIN_LENGTH);
		}
		if (password.codePoints().allMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			return message("password.policy.blank");
		}
		if (password.codePoints().distinct().count() == 1) {
			return message("password.policy.repeated");
		}
		if (username != null && !username.isBlank()
				&& !this.usernameRule.validate(new PasswordData(username, password)).isValid()) {
			return message("password.policy.username");
		}
		if (isCommon(password)) {
			return message("password.policy.common");
		}
		return Optional.empty();
	}

	/**
	 * A common password as it is, or with only digits, symbols or spaces added before or
	 * after it ("Monkey123456!").
	 */
	boolean isCommon(String password) {
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (this.commonPasswords.search(lower)) {
			return true;
		}
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		return !core.isEmpty() && !core.equals(lower) && this.commonPasswords.search(core);
	}

	private static Optional<MessageSourceResolvable> message(String code, Object... arguments) {
		return Optional.of(new DefaultMessageSourceResolvable(new String[] { code }, arguments));
	}

}
