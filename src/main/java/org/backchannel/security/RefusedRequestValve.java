package org.backchannel.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answers (a request target with invalid characters or escapes, a
 * parameter that cannot be decoded, anything Tomcat refuses before a servlet runs) with
 * the app's security headers and a short body of its own ({@link RefusedRequests}),
 * instead of Tomcat's page. Replaces Boot's {@link ErrorReportValve} on the host.
 */
class RefusedRequestValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		// the target as sent: one that cannot be decoded is still the API's if it says so
		boolean api = RefusedRequests.isApi(request.getRequestURI());
		try {
			RefusedRequests.headers(response);
			response.setContentType(RefusedRequests.contentType(api));
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(RefusedRequests.body(api, status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the answer already started: nothing more to say
		}
	}

}
