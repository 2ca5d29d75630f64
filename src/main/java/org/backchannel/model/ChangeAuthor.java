package org.backchannel.model;

/**
 * Who makes a change, as the history records it, and whether they may publish.
 */
public record ChangeAuthor(String username, boolean admin) {

	public ChangeAuthor {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("a change always has an author");
		}
	}

}
