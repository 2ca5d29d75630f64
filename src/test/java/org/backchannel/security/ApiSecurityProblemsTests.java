package org.backchannel.security;

import org.backchannel.http.ApiProblems;
import org.backchannel.testing.TestRefusals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's 401 and 403 on the API are the same problem documents the API's
 * exception handler writes: the same types and titles, as problem+json.
 */
class ApiSecurityProblemsTests {

	final JsonMapper json = JsonMapper.builder().build();

	final ApiSecurityProblems problems = new ApiSecurityProblems(TestRefusals.refusals());

	@Test
	void anAnonymousWriteIsAskedToSignInWithTheSignInRequiredType() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.problems.commence(new MockHttpServletRequest("POST", "/api/events"), response,
				new InsufficientAuthenticationException("anonymous"));
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo(ApiProblems.BASIC_CHALLENGE);
		assertThat(body.get("type").asString()).isEqualTo(ApiProblems.SIGN_IN_REQUIRED.toString());
		assertThat(body.get("title").asString()).isEqualTo("Sign-in required");
		assertThat(body.get("status").asInt()).isEqualTo(401);
		assertThat(body.get("instance").asString()).isEqualTo("/api/events");
	}

	@Test
	void anEditorPublishingIsRefusedWithTheForbiddenType() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.problems.handle(new MockHttpServletRequest("POST", "/api/events/x/publish"), response,
				new AccessDeniedException("editor"));
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(body.get("type").asString()).isEqualTo(ApiProblems.FORBIDDEN.toString());
		assertThat(body.get("title").asString()).isEqualTo("Not allowed");
		assertThat(body.get("detail").asString()).contains("need an admin");
	}

}
