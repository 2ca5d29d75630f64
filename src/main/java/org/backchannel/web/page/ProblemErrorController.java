package org.backchannel.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backchannel.http.ErrorResponseHeaders;

import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;

/**
 * Boot's error controller, whose answer to a client that does not ask for HTML is a
 * problem+json (RFC 9457) instead of Boot's own JSON: an error that reaches no advice (a
 * parameter Tomcat cannot decode, a multipart body too large, a response sent with
 * sendError) reads like every other error of the API. Pages keep the error page.
 */
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
			List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorProperties, errorViewResolvers);
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		ErrorResponseHeaders.write(response);
		return super.errorHtml(request, response);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getResponse();
		if (response != null) {
			ErrorResponseHeaders.write(response);
		}
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (cause instanceof MaxUploadSizeExceededException || (cause instanceof MultipartException
				&& cause.getMessage() != null && cause.getMessage().contains("size"))) {
			status = HttpStatus.CONTENT_TOO_LARGE;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status, cause));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.put("instance", path);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * What went wrong, in words of the app's own: a parameter that could not be decoded
	 * is named by Tomcat's message (its name, never its value).
	 */
	private static String detail(HttpStatus status, Throwable cause) {
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			return "The request body is too large.";
		}
		if (status == HttpStatus.BAD_REQUEST && cause != null && cause.getMessage() != null) {
			String message = cause.getMessage();
			int name = message.indexOf("Parameter [");
			if (name >= 0) {
				int end = message.indexOf(']', name);
				if (end > name) {
					return "The parameter '" + message.substring(name + 11, end)
							+ "' could not be decoded: parameters must be percent-encoded UTF-8.";
				}
			}
			return "The request's parameters could not be read: they must be percent-encoded UTF-8.";
		}
		if (status.is4xxClientError()) {
			return "The request could not be processed (" + status.getReasonPhrase() + ").";
		}
		return "Something went wrong on our side; please try again later.";
	}

}
