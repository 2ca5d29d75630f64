package org.backchannel.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.passay.PasswordData;
import org.passay.UsernameRule;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, at account creation and at a reset: at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt
 * ignores the rest), without the user name in it (either way round, in any case), and
 * hard to guess: zxcvbn (Dropbox's estimator, in nulab's Java port) must estimate at
 * least 10^{@value #MIN_GUESSES_LOG10} guesses (its top score, 4), with the user name,
 * the site's name and the names of whoever sets it as words an attacker tries first.
 * zxcvbn knows 30,000 common passwords, English words, names, keyboard walks, repeats,
 * sequences, dates and l33t spellings, and its feedback is the message ("Straight rows of
 * keys are easy to guess"). A common word with a year and symbols added
 * ("Sunshine2025!!") scores 3; hence 4.
 * <p>
 * zxcvbn's dictionaries are read from its jar once per JVM, at the first password checked
 * (about a second; the first admin's at start-up when one is configured). Its cost grows
 * faster than the length, which the {@value #MAX_BYTES}-byte limit, checked first,
 * bounds.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** bcrypt's limit: it never reads past the 72nd byte. */
	static final int MAX_BYTES = 72;

	/** zxcvbn's score 4: "very unguessable", at least 10^10 guesses. */
	static final int MIN_GUESSES_LOG10 = 10;

	/** Words of the site an attacker would try first. */
	static final List<String> SITE_WORDS = List.of("backchannel", "back", "channel", "admin", "editor");

	private final UsernameRule usernameRule = new UsernameRule(true, true);

	/**
	 * What is wrong with this password for this user, as a message from
	 * {@code messages.properties}; empty if nothing is. {@code relatedNames} are other
	 * names an attacker knows (the admin who sets it, say).
	 */
	public Optional<MessageSourceResolvable> problem(String username, String password, String... relatedNames) {
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
		if (username != null && !username.isBlank()
				&& !this.usernameRule.validate(new PasswordData(username, password)).isValid()) {
			return message("password.policy.username");
		}
		Strength strength = Estimator.ZXCVBN.measure(password, userInputs(username, relatedNames));
		if (strength.getGuessesLog10() < MIN_GUESSES_LOG10) {
			return message("password.policy.weak", feedback(strength.getFeedback()));
		}
		return Optional.empty();
	}

	/** zxcvbn's warning and suggestions, or a suggestion when it has none. */
	static String feedback(Feedback feedback) {
		List<String> words = new ArrayList<>();
		String warning = feedback.getWarning(Locale.ENGLISH);
		if (warning != null && !warning.isBlank()) {
			words.add(warning);
		}
		words.addAll(feedback.getSuggestions(Locale.ENGLISH));
		if (words.isEmpty()) {
			words.add("It is built from a common word or name with digits or symbols added. "
					+ "Add another word or two; uncommon words are better.");
		}
		return words.stream().map(String::strip).collect(Collectors.joining(" "));
	}

	private static List<String> userInputs(String username, String... relatedNames) {
		List<String> inputs = new ArrayList<>(SITE_WORDS);
		List<String> names = new ArrayList<>(List.of(relatedNames));
		names.add(username);
		for (String name : names) {
			if (name != null && !name.isBlank()) {
				String lower = name.strip().toLowerCase(Locale.ROOT);
				inputs.add(lower);
				// "ada.lovelace" is also "ada" and "lovelace"
				for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
					if (part.length() > 2) {
						inputs.add(part);
					}
				}
			}
		}
		return inputs;
	}

	private static Optional<MessageSourceResolvable> message(String code, Object... arguments) {
		return Optional.of(new DefaultMessageSourceResolvable(new String[] { code }, arguments));
	}

	/**
	 * zxcvbn with its dictionaries, loaded once per JVM when first asked for (the class
	 * is initialised then); an instance is safe to share between threads.
	 */
	private static final class Estimator {

		static final Zxcvbn ZXCVBN = new Zxcvbn();

	}

}
