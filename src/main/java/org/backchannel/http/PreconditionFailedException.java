package org.backchannel.http;

/**
 * A write whose If-Match names none of the record's current entity tag: someone changed
 * the record since the client read it. Refused with 412, naming the current tag.
 */
public class PreconditionFailedException extends RuntimeException {

	private final String currentETag;

	PreconditionFailedException(String currentETag) {
		super("The record changed since the version in If-Match (it is now " + currentETag
				+ "). Read it again, apply your change to what it is now, and send that ETag.");
		this.currentETag = currentETag;
	}

	public String getCurrentETag() {
		return this.currentETag;
	}

}
