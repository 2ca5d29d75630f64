package org.backchannel.account;

import org.backchannel.model.ChangeAuthor;

import org.springframework.security.core.Authentication;

/**
 * The signed-in user as the author of a change.
 */
public final class Authors {

	private Authors() {
	}

	public static ChangeAuthor of(Authentication authentication) {
		return new ChangeAuthor(authentication.getName(), isAdmin(authentication));
	}

	static boolean isAdmin(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> ("ROLE_" + Role.ADMIN.name()).equals(authority.getAuthority()));
	}

}
