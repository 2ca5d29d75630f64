package org.backchannel.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * There is no built-in password. The first admin comes from BACKCHANNEL_ADMIN_USERNAME /
 * BACKCHANNEL_ADMIN_PASSWORD, which must pass the {@link PasswordPolicy} like any other
 * (a weak one stops the start with the policy's message); when they are unset and no
 * account exists yet, an admin with a random password is created and the password printed
 * once in the log.
 */
@Component
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdminAccount implements ApplicationRunner {

	static final String DEFAULT_USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

	private final UserAccountService users;

	private final String username;

	private final String password;

	private final PasswordPolicy policy;

	private final MessageSource messages;

	FirstAdminAccount(UserAccountService users, FirstAdminProperties properties, PasswordPolicy policy,
			MessageSource messages) {
		this.users = users;
		this.policy = policy;
		this.messages = messages;
		this.username = properties.username();
		this.password = properties.password();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.username.isBlank() && !this.password.isBlank()) {
			if (this.users.exists(this.username)) {
				return;
			}
			this.policy.problem(this.username, this.password).ifPresent((problem) -> {
				throw new IllegalStateException("The admin account '" + this.username
						+ "' was not created: BACKCHANNEL_ADMIN_PASSWORD (backchannel.admin.password) "
						+ this.messages.getMessage(problem, Locale.ENGLISH) + " Set a stronger one (at least "
						+ PasswordPolicy.MIN_LENGTH
						+ " characters, hard to guess, without the user name) and start again.");
			});
			if (created(this.username, this.password)) {
				log.info("Created the admin account '{}' from BACKCHANNEL_ADMIN_USERNAME / BACKCHANNEL_ADMIN_PASSWORD",
						this.username);
			}
			return;
		}
		if (this.users.count() == 0) {
			String generated = generatePassword();
			if (!created(DEFAULT_USERNAME, generated)) {
				log.warn("Another instance created the first admin account '{}' at the same moment; its password is"
						+ " in that instance's log", DEFAULT_USERNAME);
				return;
			}
			log.warn(
					"""

							*** No account existed: created the admin account '{}' with the generated password: {}
							*** It is shown only this once. Set BACKCHANNEL_ADMIN_USERNAME and BACKCHANNEL_ADMIN_PASSWORD to choose your own.
							""",
					DEFAULT_USERNAME, generated);
		}
	}

	/**
	 * Whether this instance created the account; false when another instance starting at
	 * the same moment on the same database created it first.
	 */
	private boolean created(String name, String secret) {
		try {
			this.users.createUser(name, secret, Role.ADMIN);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
