package org.backchannel.http;

/**
 * A change sent without If-Match: refused (428) rather than risk overwriting a change the
 * client has not seen.
 */
public class PreconditionRequiredException extends RuntimeException {

	PreconditionRequiredException() {
		super("Send the ETag of the record as you last read it in an If-Match header (If-Match: * to change it "
				+ "whatever it is now), so that a change made meanwhile by someone else is not overwritten.");
	}

}
