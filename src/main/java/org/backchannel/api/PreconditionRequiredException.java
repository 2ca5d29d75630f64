package org.backchannel.api;

/**
 * An update sent without If-Match: refused (428) rather than risk overwriting a change
 * the client has not seen.
 */
class PreconditionRequiredException extends RuntimeException {

	PreconditionRequiredException() {
		super("Send the version you edited in an If-Match header (the ETag of the record, e.g. If-Match: \"3\"), "
				+ "so that a change made meanwhile by someone else is not overwritten.");
	}

}
