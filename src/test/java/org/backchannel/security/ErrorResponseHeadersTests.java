package org.backchannel.security;

import org.backchannel.http.ErrorResponseHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers of answers written outside Spring Security are the pages' own.
 */
class ErrorResponseHeadersTests {

	@Test
	void refusedRequestsCarryThePagesPolicies() {
		assertThat(ErrorResponseHeaders.CONTENT_SECURITY_POLICY)
			.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(ErrorResponseHeaders.PERMISSIONS_POLICY).isEqualTo(SecurityConfiguration.PERMISSIONS_POLICY);
	}

}
