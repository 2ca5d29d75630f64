package org.backchannel.account;

/**
 * What a signed-in user may do. An ADMIN can do everything an EDITOR can.
 */
public enum Role {

	/** Creates and edits content; saves drafts. */
	EDITOR,

	/** Also publishes, deletes, restores and manages users. */
	ADMIN

}
