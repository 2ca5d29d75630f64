package org.backchannel.security;

import org.backchannel.http.ApiProblems;
import org.backchannel.http.RefusedRequest;
import org.backchannel.http.Refusals;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's 401 and 403 as RFC 9457 problem+json, the same {@link ApiProblems} the API's
 * exception handler answers with. Spring Security answers them before any controller
 * could; they are rendered all the same by the API's advice ({@link Refusals}).
 */
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Refusals refusals;

	ApiSecurityProblems(Refusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiProblems.BASIC_CHALLENGE);
		this.refusals.answer(request, response, new RefusedRequest(ApiProblems
			.signInRequired("Writing needs an editor's or an admin's user name and password (HTTP Basic).")));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.refusals.answer(request, response, new RefusedRequest(ApiProblems
			.forbidden("Your account's role does not allow this: publishing, deleting and restoring need an admin.")));
	}

}
