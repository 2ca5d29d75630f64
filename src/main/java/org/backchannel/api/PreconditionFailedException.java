package org.backchannel.api;

/**
 * A write whose If-Match names none of the record's current entity tag: someone changed
 * the record since the client read it. Refused with 412, naming the current tag.
 */
class PreconditionFailedException extends RuntimeException {

	private final String currentETag;

	PreconditionFailedException(String currentETag) {
		super("The record changed since the version in If-Match (it is now " + currentETag
				+ "). Read it again, apply your change to what it is now, and send that ETag.");
		this.currentETag = currentETag;
	}

	String getCurrentETag() {
		return this.currentETag;
	}

}
