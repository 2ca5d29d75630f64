package org.backchannel.web.api;

/**
 * A read of something only signed-in editors see (drafts): 401 for an anonymous client,
 * 403 for a signed-in one without the role.
 */
public class SignInRequiredException extends RuntimeException {

	private final boolean signedIn;

	public SignInRequiredException(boolean signedIn) {
		super(signedIn ? "Only editors and admins may read drafts."
				: "Drafts are for signed-in editors: send your credentials with HTTP Basic.");
		this.signedIn = signedIn;
	}

	boolean isSignedIn() {
		return this.signedIn;
	}

}
