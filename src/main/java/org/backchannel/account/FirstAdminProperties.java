package org.backchannel.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin account, created at start-up when there is no account yet
 * ({@code BACKCHANNEL_ADMIN_USERNAME}, {@code BACKCHANNEL_ADMIN_PASSWORD}).
 *
 * @param username its name; unset, {@code admin}
 * @param password its password; unset, a random one printed once in the start-up log
 */
@ConfigurationProperties("backchannel.admin")
record FirstAdminProperties(String username, String password) {

	FirstAdminProperties {
		username = (username != null) ? username : "";
		password = (password != null) ? password : "";
	}

}
