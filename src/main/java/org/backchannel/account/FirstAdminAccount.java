package org.backchannel.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * There is no built-in password. The first admin comes from BACKCHANNEL_ADMIN_USERNAME /
 * BACKCHANNEL_ADMIN_PASSWORD, which must pass the {@link PasswordPolicy} like any other
 * (a weak one stops the start with the policy's message); when they are unset and no
 * account exists yet, an admin with a random password is created and the password printed
 * once in the log. A weak password is refused while the beans are made, before the web
 * server starts ({@link WeakAdminPasswordException}, explained by its failure analyzer),
 * and the log's last line says where the app is ready and how to sign in.
 */
@Component
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdminAccount implements InitializingBean, ApplicationRunner {

	static final String DEFAULT_USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

	private final UserAccountService users;

	private final String username;

	private final String password;

	private final PasswordPolicy policy;

	private final MessageSource messages;

	/** How to sign in, for the ready line: set by {@link #run}. */
	private String signIn = "sign in at /login";

	FirstAdminAccount(UserAccountService users, FirstAdminProperties properties, PasswordPolicy policy,
			MessageSource messages) {
		this.users = users;
		this.policy = policy;
		this.messages = messages;
		this.username = properties.username();
		this.password = properties.password();
	}

	/** Refuses a weak password from the environment before the web server starts. */
	@Override
	public void afterPropertiesSet() {
		if (!this.username.isBlank() && !this.password.isBlank() && !this.users.exists(this.username)) {
			checkPassword();
		}
	}

	private void checkPassword() {
		this.policy.problem(this.username, this.password).ifPresent((problem) -> {
			throw new WeakAdminPasswordException(this.username, this.messages.getMessage(problem, Locale.ENGLISH));
		});
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.username.isBlank() && !this.password.isBlank()) {
			this.signIn = "sign in at /login as '" + this.username + "'";
			if (this.users.exists(this.username)) {
				return;
			}
			checkPassword();
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
			this.signIn = "sign in at /login as '" + DEFAULT_USERNAME + "' with the generated password above";
			log.warn(
					"""


							*** No account existed: created the admin account '{}' with the generated password: {}
							*** It is shown only this once. Set BACKCHANNEL_ADMIN_USERNAME and BACKCHANNEL_ADMIN_PASSWORD to choose your own.

							""",
					DEFAULT_USERNAME, generated);
		}
	}

	/**
	 * The log's last line at start-up: the address the web server really listens on (none
	 * in a test without a server), and how to sign in.
	 */
	@EventListener
	void announceReady(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port != null) {
			log.info("Backchannel is ready at http://localhost:{}/ (admin: {})", port, this.signIn);
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
