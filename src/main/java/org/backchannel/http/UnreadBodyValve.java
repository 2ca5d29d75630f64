package org.backchannel.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * After a request is answered, Tomcat reads ("swallows") whatever is left of its body so
 * that the connection can serve the next request; a client that sends that rest slowly
 * would hold the thread all the while. When the application left a body unread (refused
 * it, or never needed it) and the rest has not already arrived, this closes the
 * connection after the answer instead.
 */
class UnreadBodyValve extends ValveBase {

	UnreadBodyValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		try {
			getNext().invoke(request, response);
		}
		finally {
			if (RequestBodies.hasBody(request) && !restArrived(request.getCoyoteRequest())) {
				request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			}
		}
	}

	/** Whether the body was read, or the rest of it is already here to drain at once. */
	private static boolean restArrived(org.apache.coyote.Request coyote) {
		AtomicBoolean finished = new AtomicBoolean();
		coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, finished);
		if (finished.get()) {
			return true;
		}
		long length = coyote.getContentLengthLong();
		if (length < 0) {
			return false;
		}
		coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
		return coyote.getAvailable() >= length - coyote.getBytesRead();
	}

}
